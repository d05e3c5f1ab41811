package org.workprivacy.rules.bench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.bench.baseline.HandWrittenBaseline;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/** The hand-written baseline decides every casebook case exactly like the bundled rules. */
class BaselineAgreementTest {
    private static final DroolsDecisionEngine ENGINE = DecisionEngines.bundled();
    private static final BenchCases CASES = BenchCases.bundled();

    @Test
    void everyScenarioHasAHandWrittenBaseline() {
        for (Scenario scenario : Scenario.values()) {
            assertThatCode(() -> HandWrittenBaseline.requireImplemented(scenario)).as(scenario.id()).doesNotThrowAnyException();
        }
    }

    @Test
    void everyScenarioWithRulesHasCasebookCases() {
        assertThat(CASES.scenarios()).containsExactlyInAnyOrderElementsOf(Scenario.ids());
    }

    @Test
    void baselineAgreesWithTheRulesOnEveryCasebookCase() {
        HandWrittenBaseline baseline = new HandWrittenBaseline(ENGINE.ruleSet());
        assertThat(Agreement.disagreements(ENGINE, baseline, CASES.all())).isEmpty();
    }
}
