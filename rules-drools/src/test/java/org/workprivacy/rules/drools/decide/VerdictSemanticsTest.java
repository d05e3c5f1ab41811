package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.workprivacy.rules.drools.decide.RuleDirectory.rule;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;

/** How fired rules combine into a verdict, on small rule sets written for each test. */
class VerdictSemanticsTest {
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null, null,
            null, null, true);
    private static final String ALLOW = rule("allow it", "t-allow", "OutOfOffice()", "verdict.allow(kcontext);");
    private static final String DENY = rule("deny it", "t-deny", "OutOfOffice()", "verdict.deny(kcontext);");
    private static final String CONDITION = rule("with a condition", "t-cond", "OutOfOffice()", "verdict.condition(kcontext);");

    @TempDir
    Path dir;

    @Test
    void denyOverridesAllow() {
        var verdict = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW + DENY + CONDITION)).decide(SITUATION);
        assertThat(verdict.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(verdict.reasonCodes()).containsExactly("t-deny");
        assertThat(verdict.conditions()).isEmpty();
    }

    @Test
    void allowCarriesItsConditions() {
        var verdict = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW + CONDITION)).decide(SITUATION);
        assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(verdict.reasonCodes()).containsExactly("t-allow");
        assertThat(verdict.conditionCodes()).containsExactly("t-cond");
        assertThat(verdict.reasons().get(0).message()).isEqualTo("allowed");
        assertThat(verdict.reasons().get(0).legalBasis()).containsExactly("GDPR art. 5(1)(c)");
    }

    @Test
    void withoutAPermittingRuleTheAnswerIsNo() {
        var verdict = DecisionEngines.fromDirectory(RuleDirectory.write(dir, CONDITION)).decide(SITUATION);
        assertThat(verdict.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(verdict.reasonCodes()).containsExactly("no-permitting-rule");
    }

    @Test
    void rulesSeeOnlyCompleteSituationsSoARuleAskingForAnUnstatedFactNeverFires() {
        // Open facts are filled in with every value they can take before the rules run (PartialEvaluationTest).
        String askForContact = rule("contact needed", "t-deny", "OutOfOffice(employeeContact == null)", "verdict.deny(kcontext);");
        var verdict = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW + askForContact)).decide(SITUATION);
        assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(verdict.missingFacts()).isEmpty();
    }

    @Test
    void aMessageMissingInTheChosenLanguageFallsBackToEnglish() {
        var verdict = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW)).decide(SITUATION, Language.NL);
        assertThat(verdict.reasons().get(0).message()).isEqualTo("allowed");
    }

    @Test
    void aRuleThatFailsWhileDecidingGivesNoVerdict() {
        // The sandbox refuses consequences such as verdict.allow(null) before they load; an ordering
        // comparison of a value with a text still compiles and fails only while deciding.
        String failing = rule("fails", "t-allow", "OutOfOffice( action > \"x\" )", "verdict.allow(kcontext);");
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, failing));
        assertThatThrownBy(() -> engine.decide(SITUATION)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("rule \"fails\" failed while deciding");
    }

    @Test
    void theVerdictNamesTheRuleSetVersion() {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW));
        assertThat(engine.decide(SITUATION).ruleSetVersion()).isEqualTo(engine.ruleSetVersion()).startsWith("sha256:");
    }
}
