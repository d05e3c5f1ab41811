package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workprivacy.rules.drools.decide.RuleDirectory.rule;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.explain.OpenFact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Facts left open are decided by every completion: on a small rule set about switching on an auto-reply,
 * a fact is asked for only when it can change the outcome.
 */
class PartialEvaluationTest {
    private static final String RULES = rule("auto-reply for work", "t-allow",
            "OutOfOffice(action == Action.ENABLE_AUTO_REPLY, workRelatedReason == true)", "verdict.allow(kcontext);")
            + rule("no reading mail", "t-deny", "OutOfOffice(mailOpened == true)", "verdict.deny(kcontext);")
            + rule("keep a record", "t-cond", "OutOfOffice(action == Action.ENABLE_AUTO_REPLY)", "verdict.condition(kcontext);");

    @TempDir
    Path dir;

    private DecisionEngine engine(String rules) {
        return DecisionEngines.fromDirectory(RuleDirectory.write(dir, rules));
    }

    private static Situation autoReply(Map<String, Object> facts) {
        FactSpace space = FactSpace.of(Scenario.OUT_OF_OFFICE);
        Object[] values = new Object[space.facts().size()];
        values[space.fact("action").orElseThrow().index()] = OutOfOffice.Action.ENABLE_AUTO_REPLY;
        facts.forEach((name, value) -> values[space.fact(name).orElseThrow().index()] = value);
        return space.situation(values);
    }

    @Test
    void factsNoRuleReadsNeverBlockAPermission() {
        Verdict verdict = engine(RULES).decide(autoReply(Map.of("workRelatedReason", true, "mailOpened", false)));
        assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(verdict.reasonCodes()).containsExactly("t-allow");
        assertThat(verdict.conditionCodes()).containsExactly("t-cond");
        assertThat(verdict.missingFacts()).isEmpty();
    }

    @Test
    void aDecisiveOpenFactIsAskedForAndNothingElse() {
        Verdict verdict = engine(RULES).decide(autoReply(Map.of("workRelatedReason", true)));
        assertThat(verdict.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(verdict.reasonCodes()).containsExactly("missing-facts");
        assertThat(verdict.missingFacts()).containsExactly("mailOpened");
    }

    @Test
    void whenEveryCompletionIsDeniedTheDenialIsGivenNotAQuestion() {
        Verdict verdict = engine(RULES).decide(autoReply(Map.of("mailOpened", true)));
        assertThat(verdict.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(verdict.reasonCodes()).containsExactly("t-deny");
        assertThat(verdict.missingFacts()).isEmpty();
    }

    @Test
    void withNoPermittingRuleInAnyCompletionTheDefaultDenialIsGiven() {
        Verdict verdict = engine(RULES).decide(autoReply(Map.of("workRelatedReason", false)));
        assertThat(verdict.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(verdict.reasonCodes()).containsExactlyInAnyOrder("no-permitting-rule", "t-deny");
        assertThat(verdict.missingFacts()).isEmpty();
    }

    @Test
    void everyConditionOfEveryCompletionComesWithThePermission() {
        String rules = rule("allow", "t-allow", "OutOfOffice(mailOpened == false)", "verdict.allow(kcontext);")
                + rule("with a work reason", "t-cond", "OutOfOffice(workRelatedReason == true)", "verdict.condition(kcontext);");
        Verdict verdict = engine(rules).decide(autoReply(Map.of("mailOpened", false)));
        assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(verdict.conditionCodes()).as("workRelatedReason is open; one of its values brings the condition")
                .containsExactly("t-cond");
    }

    @Test
    void permittingReasonsCommonToEveryCompletionAreGivenElseEachOnesReason() {
        String rules = rule("allow for work", "t-allow", "OutOfOffice(workRelatedReason == true)", "verdict.allow(kcontext);")
                + rule("allow anyway", "t-other", "OutOfOffice(workRelatedReason == false)", "verdict.allow(kcontext);");
        Verdict verdict = engine(rules).decide(autoReply(Map.of()));
        assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(verdict.reasonCodes()).containsExactly("t-allow", "t-other");
    }

    @Test
    void explainSaysWhichOpenFactsMatteredAndWhy() {
        Explanation explanation = engine(RULES).explain(autoReply(Map.of("workRelatedReason", true)), Language.EN);
        assertThat(explanation.openFacts()).extracting(OpenFact::fact).contains("mailOpened", "method");
        OpenFact mailOpened = explanation.openFacts().stream().filter(f -> f.fact().equals("mailOpened")).findFirst().orElseThrow();
        assertThat(mailOpened.decisive()).isTrue();
        assertThat(mailOpened.why()).contains("mailOpened=true").contains("DENIED").contains("ALLOWED");
        OpenFact method = explanation.openFacts().stream().filter(f -> f.fact().equals("method")).findFirst().orElseThrow();
        assertThat(method.decisive()).isFalse();
        assertThat(method.why()).contains("no rule reads");
        assertThat(explanation.combination()).contains("DENIED until the decisive facts [mailOpened]");
        assertThat(explanation.firedRules()).extracting(r -> r.code()).contains("t-cond").doesNotContain("t-deny");
    }
}
