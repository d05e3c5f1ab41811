package org.workprivacy.rules.drools.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.analysis.ChangeImpact;
import org.workprivacy.rules.api.analysis.Example;
import org.workprivacy.rules.api.analysis.InvariantResult;
import org.workprivacy.rules.api.analysis.ScenarioAnalysis;
import org.workprivacy.rules.api.analysis.ScenarioImpact;
import org.workprivacy.rules.api.analysis.ScenarioImpact.Kind;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSet;
import org.workprivacy.rules.drools.load.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** The analysis on the bundled rules, on a planted edit that breaks a red line, and the change impact of an edit. */
class RuleSetAnalysisTest {
    static final String RETENTION_DRL = "org/workprivacy/rules/mailboxretention/mailbox-retention.dslr";
    static final String OOO_DSLR = "org/workprivacy/rules/outofoffice/out-of-office.dslr";

    /** The bundled rule files with one text replaced in one file, compiled. */
    static RuleSet edited(String path, String from, String to) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : RuleSetFiles.fromClasspath().files()) {
            if (file.path().equals(path)) {
                assertThat(file.content()).contains(from);
                files.add(new RuleFile(file.path(), file.content().replace(from, to)));
            } else {
                files.add(file);
            }
        }
        return new RuleSetCompiler().compile(new RuleSetFiles("edited", files));
    }

    @Test
    void theBundledRulesKeepEveryShippedInvariant() {
        Analysis analysis = new RuleSetAnalyzer().analyze(DecisionEngines.bundled().ruleSet());

        assertThat(analysis.scenarios()).extracting(ScenarioAnalysis::scenario).containsExactlyElementsOf(Scenario.ids());
        for (ScenarioAnalysis scenario : analysis.scenarios()) {
            assertThat(scenario.invariants()).as(scenario.scenario() + " ships invariants").isNotEmpty();
            assertThat(scenario.invariants()).as(scenario.scenario()).allSatisfy(i ->
                    assertThat(i.holds()).as(i.id() + " " + i.counterexamples()).isTrue());
            assertThat(scenario.invariants()).allSatisfy(i -> assertThat(i.checked()).isPositive());
            assertThat(scenario.unsafePermissions().safe()).as(scenario.unsafePermissions().toString()).isTrue();
            assertThat(scenario.unsafePermissions().engineChecked()).isPositive();
            // Every combination of values and "not stated" is either a situation or a contradiction.
            long all = 1;
            long complete = 1;
            for (Fact fact : FactSpace.of(Scenario.byId(scenario.scenario()).orElseThrow()).facts()) {
                int size = scenario.facts().stream().filter(f -> f.fact().equals(fact.name())).findFirst().orElseThrow()
                        .values().size();
                all *= size + 1;
                complete *= size;
            }
            var counts = scenario.counts();
            assertThat(counts.situations() + counts.contradictory()).isEqualTo(all);
            assertThat(counts.allowed() + counts.denied() + counts.deniedMissingFacts()).isEqualTo(counts.situations());
            assertThat(counts.allowedComplete() + counts.deniedComplete()).isLessThanOrEqualTo(complete);
        }
        assertThat(analysis.passed()).isTrue();
        // What `analyze --format json` prints: the result types serialise as they are.
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(analysis).get("scenarios").get(3)
                .get("invariants").get(0).get("id").asText()).isEqualTo("no-deletion-by-the-employer-under-legal-hold");
    }

    @Test
    void aPlantedEditThatBreaksARedLineIsReportedWithACounterexample() {
        // The legal-hold prohibition becomes a permission: deleting under a known hold is now allowed.
        RuleSet broken = edited(RETENTION_DRL, """
                    - whoever acts knows of a dispute or preservation request
                then
                    deny""", """
                    - whoever acts knows of a dispute or preservation request
                then
                    allow""");

        Analysis analysis = new RuleSetAnalyzer().analyze(broken);

        assertThat(analysis.passed()).isFalse();
        assertThat(analysis.failedInvariants()).extracting(InvariantResult::id).contains("no-deletion-by-the-employer-under-legal-hold");
        InvariantResult failed = analysis.failedInvariants().stream()
                .filter(i -> i.id().equals("no-deletion-by-the-employer-under-legal-hold")).findFirst().orElseThrow();
        assertThat(failed.violations()).isPositive();
        assertThat(failed.location()).isEqualTo("org/workprivacy/rules/mailboxretention/mailbox-retention.invariants.yaml:9");
        Example first = failed.counterexamples().get(0);
        assertThat(first.situation()).contains("\"action\": \"delete\"", "\"legalHold\": true",
                "\"actor\": \"employer\"");
        assertThat(first.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(first.rules()).contains("allow: Retention: mail that a known dispute or preservation request may need"
                + " must not be deleted");
        // The counterexample is real: the engine itself allows it.
        assertThat(failed.counterexamples()).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(Outcome.ALLOWED));
    }

    @Test
    void changeImpactCountsExactlyTheSituationsABruteForceLoopFinds() {
        RuleSet before = DecisionEngines.bundled().ruleSet();
        // The authoring guide's edit: a password reset is never acceptable, not even as a last resort.
        RuleSet after = edited(OOO_DSLR, """
                    - a server-side reply is not possible
                    - nobody opens any mail
                then
                    allow""", """
                    - a server-side reply is not possible
                    - nobody opens any mail
                then
                    deny""");

        ChangeImpact impact = new RuleSetAnalyzer().compare(before, after);

        ScenarioImpact ooo = impact.scenarios().stream().filter(s -> s.scenario().equals("out-of-office")).findFirst()
                .orElseThrow();
        Map<Kind, Long> bruteForce = bruteForce(Scenario.OUT_OF_OFFICE, DecisionEngines.of(before), DecisionEngines.of(after));
        assertThat(ooo.allowedToDenied()).isEqualTo(bruteForce.get(Kind.ALLOWED_TO_DENIED)).isPositive();
        assertThat(ooo.deniedToAllowed()).isEqualTo(bruteForce.get(Kind.DENIED_TO_ALLOWED));
        assertThat(ooo.reasonsChanged()).isEqualTo(bruteForce.get(Kind.REASONS_CHANGED));
        assertThat(ooo.conditionsChanged()).isEqualTo(bruteForce.get(Kind.CONDITIONS_CHANGED));
        assertThat(ooo.situations()).isEqualTo(bruteForce.get(null));
        assertThat(ooo.examples()).filteredOn(c -> c.kind() == Kind.ALLOWED_TO_DENIED).isNotEmpty().allSatisfy(c -> {
            assertThat(c.before().outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(c.after().outcome()).isEqualTo(Outcome.DENIED);
            assertThat(c.after().situation()).isEqualTo(c.before().situation());
        });
        assertThat(impact.scenarios()).filteredOn(s -> !s.scenario().equals("out-of-office"))
                .allSatisfy(s -> assertThat(s.unchanged()).as(s.scenario()).isTrue());
    }

    /**
     * Independent of the analysis: every combination of each fact's values and "not stated", built as a
     * situation and decided by both engines one by one. The key {@code null} counts the situations compared.
     */
    private static Map<Kind, Long> bruteForce(Scenario scenario, DroolsDecisionEngine before, DroolsDecisionEngine after) {
        FactSpace space = FactSpace.of(scenario);
        List<List<Object>> choices = new ArrayList<>();
        for (Fact fact : space.facts()) {
            List<Object> values = new ArrayList<>(fact.values());
            values.add(null);
            choices.add(values);
        }
        Map<Kind, Long> counts = new java.util.HashMap<>();
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0L);
        }
        counts.put(null, 0L);
        int[] digits = new int[choices.size()];
        while (true) {
            Object[] values = new Object[digits.length];
            for (int i = 0; i < digits.length; i++) {
                values[i] = choices.get(i).get(digits[i]);
            }
            try {
                Situation situation = space.situation(values);
                Verdict was = before.decide(situation);
                Verdict is = after.decide(situation);
                counts.merge(null, 1L, Long::sum);
                if (was.outcome() != is.outcome()) {
                    counts.merge(was.allowed() ? Kind.ALLOWED_TO_DENIED : Kind.DENIED_TO_ALLOWED, 1L, Long::sum);
                } else {
                    if (!new TreeSet<>(was.reasonCodes()).equals(new TreeSet<>(is.reasonCodes()))) {
                        counts.merge(Kind.REASONS_CHANGED, 1L, Long::sum);
                    }
                    if (was.allowed() && !new TreeSet<>(was.conditionCodes()).equals(new TreeSet<>(is.conditionCodes()))) {
                        counts.merge(Kind.CONDITIONS_CHANGED, 1L, Long::sum);
                    }
                }
            } catch (InvalidSituationException contradictory) {
                // not a situation
            }
            int i = digits.length - 1;
            while (i >= 0 && ++digits[i] == choices.get(i).size()) {
                digits[i--] = 0;
            }
            if (i < 0) {
                return counts;
            }
        }
    }
}
