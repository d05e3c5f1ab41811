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
import org.workprivacy.rules.api.analysis.ScenarioImpact.Kind;
import org.workprivacy.rules.api.analysis.ScenarioImpact;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleFile;
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

        Analysis analysis = new RuleSetAnalyzer().analyze(broken, java.util.EnumSet.of(Scenario.MAILBOX_RETENTION));

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

    private static final String SMALL_RULES = """
            package test;
            import org.workprivacy.rules.api.situation.SubjectLine;
            import org.workprivacy.rules.api.situation.SubjectLine.Action;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            rule "Metadata may be inspected for an open ticket" @code("t-allow") @legalBasis("GDPR art. 5(1)(c)")
            when SubjectLine( action == Action.INSPECT_METADATA, supportRequestOpen == true )
            then verdict.allow(kcontext); end
            rule "Only the messages tied to the fault may be opened" @code("t-allow") @legalBasis("GDPR art. 5(1)(c)")
            when SubjectLine( action == Action.OPEN_CONTENT, supportRequestOpen == true, onlyFaultRelatedMessages == true )
            then verdict.allow(kcontext); end
            rule "Special-category data is left alone" @code("t-deny") @legalBasis("GDPR art. 9(1)")
            when SubjectLine( specialCategoryData == true )
            then verdict.deny(kcontext); end
            rule "Tell the employee which messages are opened" @code("t-cond") @legalBasis("GDPR art. 13")
            when SubjectLine( action == Action.OPEN_CONTENT, supportRequestOpen == true )
            then verdict.condition(kcontext); end
            """;

    private static RuleSet small(String drl) {
        return new RuleSetCompiler().compile(new RuleSetFiles("small", List.of(
                new RuleFile("test/subject-line.drl", drl),
                new RuleFile("messages_en.properties", "t-allow=allowed\nt-deny=denied\nt-cond=tell the employee\n"))));
    }

    @Test
    void changeImpactCountsExactlyTheSituationsABruteForceLoopFinds() {
        RuleSet before = small(SMALL_RULES);
        // The edit: content may be opened without a ticket; special-category data only stops opening content.
        RuleSet after = small(SMALL_RULES
                .replace("action == Action.OPEN_CONTENT, supportRequestOpen == true, onlyFault",
                        "action == Action.OPEN_CONTENT, onlyFault")
                .replace("SubjectLine( specialCategoryData == true )",
                        "SubjectLine( action == Action.OPEN_CONTENT, specialCategoryData == true )"));

        ChangeImpact impact = new RuleSetAnalyzer().compare(before, after, java.util.EnumSet.of(Scenario.SUBJECT_LINE));

        ScenarioImpact changed = impact.scenarios().get(0);
        assertThat(changed.scenario()).isEqualTo("subject-line");
        Map<Kind, Long> bruteForce = bruteForce(Scenario.SUBJECT_LINE, DecisionEngines.of(before), DecisionEngines.of(after));
        assertThat(changed.allowedToDenied()).isEqualTo(bruteForce.get(Kind.ALLOWED_TO_DENIED));
        assertThat(changed.deniedToAllowed()).isEqualTo(bruteForce.get(Kind.DENIED_TO_ALLOWED)).isPositive();
        assertThat(changed.reasonsChanged()).isEqualTo(bruteForce.get(Kind.REASONS_CHANGED)).isPositive();
        assertThat(changed.conditionsChanged()).isEqualTo(bruteForce.get(Kind.CONDITIONS_CHANGED));
        assertThat(changed.situations()).isEqualTo(bruteForce.get(null));
        assertThat(changed.examples()).filteredOn(c -> c.kind() == Kind.DENIED_TO_ALLOWED).isNotEmpty().allSatisfy(c -> {
            assertThat(c.before().outcome()).isEqualTo(Outcome.DENIED);
            assertThat(c.after().outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(c.after().situation()).isEqualTo(c.before().situation());
        });
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
                if (!java.util.Arrays.equals(space.values(situation), values)) {
                    throw new InvalidSituationException("facts", "filled in by the situation type: counted where complete");
                }
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
