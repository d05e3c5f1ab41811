package org.workprivacy.rules.drools.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

class RuleSetCompilerTest {
    private static final String HEADER = """
            package test;
            import org.workprivacy.rules.api.situation.OutOfOffice;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            """;

    private static RuleSetFiles files(String drl) {
        return new RuleSetFiles("test", List.of(new RuleFile("rules/test.drl", HEADER + drl)));
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        String drl = """
                rule "broken" @code("t") @legalBasis("GDPR art. 5")
                when
                    OutOfOffice( action == )
                then
                end
                """;
        assertThatThrownBy(() -> new RuleSetCompiler().compile(files(drl)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("rules/test.drl");
                            assertThat(p.line()).isEqualTo(6);
                            assertThat(p.severity()).isEqualTo(RuleProblem.Severity.ERROR);
                        }));
    }

    @Test
    void aRuleWithoutReasonCodeOrLegalBasisIsRefused() {
        String drl = """
                rule "no metadata"
                when
                    OutOfOffice()
                then
                    verdict.allow(kcontext);
                end
                """;
        assertThatThrownBy(() -> new RuleSetCompiler().compile(files(drl)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::located)
                        .containsExactlyInAnyOrder(
                                "rules/test.drl:4: rule \"no metadata\" has no @code(\"...\") metadata: every rule needs a stable reason code",
                                "rules/test.drl:4: rule \"no metadata\" has no @legalBasis(\"...\") metadata: cite the article, case or guidance it rests on"));
    }

    @Test
    void theVersionChangesWithTheContent() {
        assertThat(files("// a").version()).isNotEqualTo(files("// b").version()).startsWith("sha256:");
        assertThat(files("// a").version()).isEqualTo(files("// a").version());
    }
}
