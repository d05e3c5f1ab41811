package org.workprivacy.rules.examples;

import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.OutOfOffice.AccessMethod;
import org.workprivacy.rules.api.situation.OutOfOffice.Action;
import org.workprivacy.rules.api.situation.OutOfOffice.EmployeeContact;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.DecisionEngines;

/** README's embedding example: May IT switch on the auto-reply of an employee who cannot be reached? */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

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

    public static void main(String[] args) {
        Verdict verdict = decide();
        System.out.println(verdict.outcome());
        verdict.reasons().forEach(r -> System.out.println(r.code() + ": " + r.message() + " " + r.legalBasis()));
        verdict.conditions().forEach(c -> System.out.println("condition: " + c.message()));
        verdict.missingFacts().forEach(f -> System.out.println("state this fact: " + f));
    }
}
