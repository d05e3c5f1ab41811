package org.workprivacy.rules.examples;

import java.nio.file.Path;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.OutOfOffice.AccessMethod;
import org.workprivacy.rules.api.situation.OutOfOffice.Action;
import org.workprivacy.rules.api.situation.OutOfOffice.EmployeeContact;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.DecisionEngines;

/** README's embedding example. */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** May IT switch on the auto-reply of an employee who cannot be reached? */
    public static Verdict decide() {
        DecisionEngine engine = DecisionEngines.bundled(); // build once, share between threads
        OutOfOffice situation = OutOfOffice.builder()      // a fact not set is not stated
                .action(Action.ENABLE_AUTO_REPLY)
                .workRelatedReason(true)
                .employeeContact(EmployeeContact.UNREACHABLE)
                .method(AccessMethod.SERVER_SIDE_ADMIN)
                .mailOpened(false)
                .replySpecialCategoryData(false)
                .build();
        return engine.decide(situation, Language.EN);
    }

    /** Rules legal staff edit in a directory: reload() takes their edit, or keeps the last good rules. */
    public static ReloadResult reload(Path rules) {
        ReloadableEngine engine = DecisionEngines.fromDirectory(rules); // broken rules: RuleSetException
        // ... legal staff edit a rule file ...
        ReloadResult result = engine.reload();
        result.problems().forEach(p -> System.err.println(p.located())); // file:line:column: message
        return result;
    }

    public static void main(String[] args) {
        Verdict verdict = decide();
        System.out.println(verdict.outcome());
        verdict.reasons().forEach(r -> System.out.println(r.code() + ": " + r.message() + " " + r.legalBasis()));
        verdict.conditions().forEach(c -> System.out.println("condition: " + c.message()));
        verdict.missingFacts().forEach(f -> System.out.println("state this fact: " + f));
    }
}
