package org.workprivacy.rules.drools.casebook;

import org.workprivacy.rules.drools.CasebookTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleInfo;

/** Legal staff's casebooks for the bundled rules: every case, and every rule fired by some case. */
class BundledCasebooksTest {
    private static final DroolsDecisionEngine ENGINE = DecisionEngines.bundled();

    @TestFactory
    Stream<DynamicNode> everyCaseGivesTheExpectedVerdict() {
        return CasebookTests.of(ENGINE);
    }

    @Test
    void everyRuleIsFiredByAtLeastOneCase() {
        CasebookReport report = new CasebookRunner().run(ENGINE);
        assertThat(report.unfiredRules()).extracting(RuleInfo::name).isEmpty();
        assertThat(report.coveredLegalBases()).isEqualTo(report.allLegalBases());
    }

    @Test
    void everyScenarioHasACasebookWithAtLeastTwelveCases() {
        var casebooks = new CasebookReader().readAll(ENGINE.ruleSet().files());
        for (Scenario scenario : Scenario.values()) {
            var files = casebooks.stream().filter(c -> c.scenario().equals(scenario.id())).toList();
            assertThat(files).extracting(Casebook::file).as("casebooks for %s", scenario.id()).hasSize(1);
            assertThat(files.get(0).cases()).as("cases for %s", scenario.id()).hasSizeGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void casebooksNeedAnEngineWhoseRuleFilesAreKnown() {
        DecisionEngine foreign = new DecisionEngine() {
            @Override
            public Verdict decide(Situation situation, Language language) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Explanation explain(Situation situation, Language language) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String ruleSetVersion() {
                return "foreign";
            }
        };

        assertThatThrownBy(() -> CasebookTests.of(foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DecisionEngines");
    }
}
