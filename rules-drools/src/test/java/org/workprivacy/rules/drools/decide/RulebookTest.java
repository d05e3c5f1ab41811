package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.rulebook.CaseEntry;
import org.workprivacy.rules.api.rulebook.RuleEntry;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.rulebook.ScenarioRules;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.casebook.CasebookReport;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.locate.RuleLocator;

/** {@link DecisionEngines#rulebook}: the bundled rules as the rulebook page shows them. */
class RulebookTest {
    private static final DroolsDecisionEngine ENGINE = DecisionEngines.bundled();
    private static final Rulebook RULEBOOK = DecisionEngines.rulebook(ENGINE);

    @Test
    void everyRuleOnceUnderTheScenarioOfItsFileWithItsSentencesAndMessages() {
        assertThat(RULEBOOK.ruleSetVersion()).isEqualTo(ENGINE.ruleSetVersion());
        assertThat(RULEBOOK.problems()).isEmpty();
        assertThat(RULEBOOK.rules()).extracting(RuleEntry::name)
                .containsExactlyInAnyOrderElementsOf(RuleLocator.filesByRule(RuleSetFiles.fromClasspath()).keySet());
        assertThat(RULEBOOK.scenarios()).extracting(ScenarioRules::scenario).containsExactlyElementsOf(Scenario.ids());
        for (ScenarioRules scenario : RULEBOOK.scenarios()) {
            // One scenario per rule file: the folder of each rule's file is its scenario's, without the dashes.
            assertThat(scenario.rules()).allSatisfy(rule -> assertThat(rule.file())
                    .contains("/" + scenario.scenario().replace("-", "") + "/"));
        }
        RuleEntry first = RULEBOOK.scenarios().get(1).rules().get(0);
        assertThat(first.when()).isNotEmpty();
        assertThat(first.then()).isNotEmpty();
        assertThat(first.effect()).isPresent();
        assertThat(first.messages()).containsKeys(Language.EN, Language.NL);
        assertThat(first.line()).isPositive();
        assertThat(first.decisionLanguage()).isTrue();
    }

    @Test
    void coverageIsWhatTheCasebookRunnerFires() {
        CasebookReport report = new CasebookRunner().run(ENGINE);
        Set<String> unfired = report.unfiredRules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        assertThat(RULEBOOK.rules()).allSatisfy(rule -> assertThat(rule.covered()).as(rule.name())
                .isEqualTo(!unfired.contains(rule.name())));
        List<CaseEntry> cases = RULEBOOK.scenarios().stream().flatMap(s -> s.cases().stream()).toList();
        assertThat(cases).hasSize(report.results().size());
        assertThat(cases).allSatisfy(c -> assertThat(c.passed()).as(c.name()).isTrue());
        // Every case a rule names fires that rule.
        for (ScenarioRules scenario : RULEBOOK.scenarios()) {
            for (RuleEntry rule : scenario.rules()) {
                assertThat(rule.cases()).allSatisfy(name -> assertThat(scenario.cases().stream()
                        .filter(c -> c.name().equals(name)).flatMap(c -> c.firedRules().stream())).contains(rule.name()));
            }
        }
    }
}
