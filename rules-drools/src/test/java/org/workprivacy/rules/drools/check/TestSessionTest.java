package org.workprivacy.rules.drools.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.casebook.CaseResult;
import org.workprivacy.rules.drools.casebook.CasebookReport;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleFileScenarios;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** A warm test session tests again only what an edit can affect, and reports what a fresh run would. */
class TestSessionTest {
    private static final String OOO_DSLR = "org/workprivacy/rules/outofoffice/out-of-office.dslr";
    private static final String SL_CASEBOOK = "org/workprivacy/rules/subjectline/subject-line.casebook.yaml";

    /** The bundled rules of two scenarios, with the shared decision language and messages. */
    private static RuleSetFiles twoScenarios() {
        return new RuleSetFiles("two", RuleSetFiles.fromClasspath().files().stream()
                .filter(f -> !f.path().contains("/rules/") || f.path().contains("/outofoffice/")
                        || f.path().contains("/subjectline/") || f.path().endsWith("rules/verdict.dsl"))
                .toList());
    }

    private static RuleSetFiles edit(RuleSetFiles files, String path, UnaryOperator<String> change) {
        List<RuleFile> edited = files.files().stream()
                .map(f -> f.path().equals(path) ? new RuleFile(path, change.apply(f.content())) : f).toList();
        assertThat(edited).isNotEqualTo(files.files());
        return new RuleSetFiles(files.origin(), edited);
    }

    private static String flipPasswordReset(String dslr) {
        String allow = "    - nobody opens any mail\nthen\n    allow";
        assertThat(dslr).contains(allow);
        return dslr.replace(allow, "    - nobody opens any mail\nthen\n    deny");
    }

    private static List<String> lines(CasebookReport report) {
        return report.results().stream().map(r -> r.casebook().file() + ": " + r.spec().name() + " " + r.mismatches()
                + " " + r.actual().map(e -> e.firedRules().stream().map(f -> f.ruleId()).toList()).orElse(List.of())).toList();
    }

    @Test
    void anEditedRuleFileTestsOnlyItsScenarioAgainAndReportsWhatAFreshRunWould() {
        TestSession session = new TestSession(BuildTimeLimit.DEFAULT);
        RuleSetFiles before = twoScenarios();
        TestSession.Casebooks first = session.casebooks(before);
        assertThat(first.tested()).isEqualTo(EnumSet.allOf(Scenario.class));
        assertThat(first.report().failed()).isZero();

        RuleSetFiles after = edit(before, OOO_DSLR, TestSessionTest::flipPasswordReset);
        TestSession.Casebooks again = session.casebooks(after);
        assertThat(again.tested()).containsExactly(Scenario.OUT_OF_OFFICE);
        assertThat(again.report().failed()).isPositive();

        CasebookReport fresh = new TestSession(BuildTimeLimit.DEFAULT).casebooks(after).report();
        assertThat(lines(again.report())).isEqualTo(lines(fresh));
        assertThat(again.report().rules()).isEqualTo(fresh.rules());
        assertThat(again.report().firedRules()).isEqualTo(fresh.firedRules());
        assertThat(again.report().coveredLegalBases()).isEqualTo(fresh.coveredLegalBases());
        assertThat(again.report().results()).filteredOn(r -> r.casebook().scenario().equals("subject-line"))
                .extracting(CaseResult::passed).containsOnly(true);

        // An edited casebook needs no build of the rules of other scenarios.
        RuleSetFiles renamed = edit(after, SL_CASEBOOK, c -> c.replaceFirst("- name: ", "- name: Renamed "));
        TestSession.Casebooks third = session.casebooks(renamed);
        assertThat(third.tested()).containsExactly(Scenario.SUBJECT_LINE);
        assertThat(third.report().results()).extracting(r -> r.spec().name()).anyMatch(n -> n.startsWith("Renamed "));
        assertThat(third.report().failed()).isEqualTo(again.report().failed());

        assertThat(session.casebooks(renamed).tested()).isEmpty();
    }

    @Test
    void aChangedDecisionLanguageTestsEveryScenarioAgain() {
        TestSession session = new TestSession(BuildTimeLimit.DEFAULT);
        RuleSetFiles before = twoScenarios();
        session.casebooks(before);
        RuleSetFiles after = edit(before, "org/workprivacy/rules/verdict.dsl", c -> c + "\n# a comment\n");
        assertThat(session.casebooks(after).tested()).isEqualTo(EnumSet.allOf(Scenario.class));
    }

    @Test
    void aRuleFileThatMatchesTheAbsenceOfASituationCountsForEveryScenario() {
        RuleFileScenarios scenarios = new RuleFileScenarios(List.of());
        assertThat(scenarios.of(new RuleFile("a.drl", """
                package p;
                import org.workprivacy.rules.api.situation.OutOfOffice;
                rule "r" when OutOfOffice( mailOpened == true ) then end
                """))).containsExactly(Scenario.OUT_OF_OFFICE);
        assertThat(scenarios.of(new RuleFile("b.drl", """
                package p;
                import org.workprivacy.rules.api.situation.OutOfOffice;
                rule "r" when not OutOfOffice() then end
                """))).isEqualTo(EnumSet.allOf(Scenario.class));
        assertThat(scenarios.of(new RuleFile("c.drl", """
                package p;
                rule "r" when then end
                """))).isEqualTo(EnumSet.allOf(Scenario.class));
    }
}
