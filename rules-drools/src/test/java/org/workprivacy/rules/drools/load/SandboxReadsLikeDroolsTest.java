package org.workprivacy.rules.drools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;

/**
 * Places where the sandbox used to read a rule file differently from Drools (issue 12, item 8). Each of
 * these files passed the sandbox; each is now refused with its place.
 */
class SandboxReadsLikeDroolsTest {
    private static final String HEADER = """
            package test;
            import org.workprivacy.rules.api.situation.OutOfOffice;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            """;

    private static String rule(String name, String when, String then) {
        return "rule \"" + name + "\" @code(\"t-allow\") @legalBasis(\"GDPR art. 5\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
    }

    private static List<String> check(RuleFile... files) {
        return new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(files))).problems().stream()
                .map(RuleProblem::located).toList();
    }

    @Test
    void aNumberDoesNotSwallowTheMethodsCalledOnIt() {
        assertThat(check(new RuleFile("a.drl", HEADER + rule("r", "OutOfOffice( 1.0.toString() != null )",
                "verdict.allow(kcontext);")))).first().asString().startsWith("a.drl:6:22: calls `toString(...)`");
        assertThat(check(new RuleFile("a.drl", HEADER + rule("r", "OutOfOffice( 1.getClass() != null )",
                "verdict.allow(kcontext);")))).first().asString().startsWith("a.drl:6:20: calls `getClass(...)`");
    }

    @Test
    void anExpanderAfterTheRulesIsRefused() {
        assertThat(check(new RuleFile("a.drl", HEADER + rule("r", "OutOfOffice()", "verdict.allow(kcontext);")
                + "expander x;\n" + rule("s", "OutOfOffice()", "verdict.allow(kcontext);"))))
                .first().asString().startsWith("a.drl:10:1: `expander` may only stand at the top of a rule file");
    }

    @Test
    void aBareCarriageReturnIsRefusedSoNoCodeHidesInAComment() {
        assertThat(check(new RuleFile("a.drl", HEADER + rule("r", "OutOfOffice()",
                "verdict.allow(kcontext); // fine\rSystem.exit(0);"))))
                .first().asString().startsWith("a.drl:8:").contains("carriage return (CR) without a line feed");
        assertThat(check(new RuleFile("a.dsl", "[then]allow=verdict.allow(kcontext); // x\r[then]y=System.exit(0);\n")))
                .first().asString().startsWith("a.dsl:1: a carriage return (CR) without a line feed");
        assertThat(check(new RuleFile("a.dsl", "[then]allow=verdict.allow(kcontext);\n"),
                new RuleFile("a.dslr", HEADER + rule("r", "OutOfOffice()", "allow // x\rSystem.exit(0);"))))
                .first().asString().startsWith("a.dslr:8: a carriage return");
    }

    @Test
    void crlfLineEndingsAreFine() {
        String crlf = (HEADER + rule("r", "OutOfOffice()", "verdict.allow(kcontext); // fine")).replace("\n", "\r\n");
        assertThat(check(new RuleFile("a.drl", crlf))).noneMatch(p -> p.contains("carriage return"));
    }
}
