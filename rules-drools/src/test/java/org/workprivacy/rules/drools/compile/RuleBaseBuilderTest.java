package org.workprivacy.rules.drools.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** Rule bases per scenario: a rebuild after an edit builds only the edited scenario and reuses the others. */
class RuleBaseBuilderTest {
    private static final String OUT_OF_OFFICE = "org/workprivacy/rules/outofoffice/out-of-office.dslr";
    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @Test
    void theBundledFilesGetARuleBasePerScenarioAndAnEditRebuildsOnlyItsScenario() {
        RuleSetFiles bundled = RuleSetFiles.fromClasspath();
        RuleSet before = compiler.compile(bundled);
        RuleSet after = compiler.compile(edited(bundled, OUT_OF_OFFICE, "\n// edited " + System.nanoTime() + "\n"));

        assertThat(before.ruleBases()).isEqualTo(Scenario.values().length);
        assertThat(after.bases().of(Scenario.OUT_OF_OFFICE)).isNotSameAs(before.bases().of(Scenario.OUT_OF_OFFICE));
        for (Scenario other : List.of(Scenario.SUBJECT_LINE, Scenario.CHAT_MONITORING, Scenario.HOLD_RECORDING,
                Scenario.MAILBOX_RETENTION)) {
            assertThat(after.bases().of(other)).as(other.id()).isSameAs(before.bases().of(other));
        }
        assertThat(after.compiledRules()).hasSameSizeAs(before.compiledRules());
    }

    @Test
    void aFileWithRulesForTwoScenariosPutsEveryRuleInOneRuleBase() {
        String drl = """
                package test;
                import org.workprivacy.rules.api.situation.OutOfOffice;
                import org.workprivacy.rules.api.situation.SubjectLine;
                global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
                rule "a" @code("t-a") @legalBasis("GDPR art. 5") when OutOfOffice() then verdict.allow(kcontext); end
                rule "b" @code("t-b") @legalBasis("GDPR art. 5") when SubjectLine() then verdict.allow(kcontext); end
                """;
        RuleSet ruleSet = compiler.compile(new RuleSetFiles("test", List.of(new RuleFile("rules/test.drl", drl))));

        assertThat(ruleSet.ruleBases()).isEqualTo(1);
        assertThat(ruleSet.compiledRules()).hasSize(2);
    }

    @Test
    void aScenarioWithoutRulesOfItsOwnIsDecidedByARuleBaseWhoseRulesCannotMatchIt() {
        String drl = """
                package test;
                import org.workprivacy.rules.api.situation.OutOfOffice;
                global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
                rule "a" @code("t-a") @legalBasis("GDPR art. 5") when OutOfOffice() then verdict.allow(kcontext); end
                """;
        RuleSet ruleSet = compiler.compile(new RuleSetFiles("test", List.of(new RuleFile("rules/test.drl", drl))));

        assertThat(ruleSet.ruleBases()).isEqualTo(1);
        assertThat(ruleSet.ruleBaseOf(Scenario.SUBJECT_LINE)).isZero();
    }

    private static RuleSetFiles edited(RuleSetFiles files, String path, String appended) {
        return new RuleSetFiles(files.origin(), files.files().stream()
                .map(f -> f.path().equals(path) ? new RuleFile(f.path(), f.content() + appended) : f).toList());
    }
}
