package org.workprivacy.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Places where the sandbox used to read a rule file differently from Drools (issue 12, item 8; issue 16).
 * Each of these files passed the sandbox's own lexer once. The sandbox now judges the tree Drools' parser
 * makes of the file and the engine builds exactly the text that was judged, so each is refused, either by
 * the sandbox or by Drools' parser itself, and nothing of it is built.
 */
class SandboxReadsLikeDroolsTest {
    private static final String HEADER = """
            package test;
            import org.workprivacy.rules.api.situation.OutOfOffice;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            """;
    /** Metadata Drools would evaluate while building: proves a refused file was never built. */
    private static final String OWNED = "rule \"owned\" @code(java.lang.System.setProperty(\"sandbox.owned\", \"yes\"))"
            + " @legalBasis(\"x\")\nwhen\n    OutOfOffice()\nthen\n    verdict.allow(kcontext);\nend\n";

    private static String rule(String name, String when, String then) {
        return "rule \"" + name + "\" @code(\"t-allow\") @legalBasis(\"GDPR art. 5\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
    }

    private static List<String> check(RuleFile... files) {
        RuleSetCompiler.Compilation compilation = new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(files)));
        assertThat(compilation.ruleSet()).as("a refused rule set is not built").isNull();
        return compilation.problems().stream().map(RuleProblem::located).toList();
    }

    @Test
    void aNumberDoesNotSwallowTheMethodsCalledOnIt() {
        assertThat(check(new RuleFile("a.drl", HEADER + rule("r", "OutOfOffice( 1.0.toString() != null )",
                "verdict.allow(kcontext);")))).first().asString().startsWith("a.drl:6:22: calls `toString(...)`");
        // Drools' parser itself refuses this one; the sandbox's constraint parser would too.
        assertThat(check(new RuleFile("a.drl", HEADER + rule("r", "OutOfOffice( 1.getClass() != null )",
                "verdict.allow(kcontext);")))).first().asString().startsWith("a.drl:6:20: syntax error: mismatched input 'getClass'");
        assertThat(ConstraintSandbox.check("1.getClass() != null")).get().extracting(SandboxFinding::message)
                .asString().startsWith("calls `getClass(...)`");
        assertThat(ConstraintSandbox.check("1.0e3 != null")).isPresent();
    }

    @Test
    void anExpanderAfterTheRulesIsRefusedAndNothingIsBuilt() {
        System.clearProperty("sandbox.owned");
        assertThat(check(new RuleFile("a.drl", HEADER + OWNED.replace("OutOfOffice()", "OutOfOffice( action == null )")
                + "expander x;\n" + rule("s", "OutOfOffice()", "verdict.allow(kcontext);"))))
                .first().asString().startsWith("a.drl:").contains("syntax error");
        assertThat(System.getProperty("sandbox.owned")).isNull();
    }

    @Test
    void aBareCarriageReturnInACommentHidesNoCode() {
        // In a .drl file Drools' parser refuses the bare CR; the consequence check itself ends a comment there too.
        assertThat(check(new RuleFile("a.drl", HEADER + rule("r", "OutOfOffice()",
                "verdict.allow(kcontext); // fine\rSystem.exit(0);")))).first().asString().startsWith("a.drl:8:");
        assertThat(ConsequenceSandbox.check("verdict.allow(kcontext); // fine\rSystem.exit(0);")).get()
                .extracting(SandboxFinding::message).asString().startsWith("consequence runs `System.exit(0)`");
        // .dsl files are read line by line, and their sentences are checked before anything is expanded.
        assertThat(check(new RuleFile("a.dsl", "[then]allow=verdict.allow(kcontext); // x\r[then]y=System.exit(0);\n")))
                .first().asString().startsWith("a.dsl:1: a carriage return (CR) without a line feed");
        // A .dslr file is expanded and then judged as the text Drools builds.
        assertThat(check(new RuleFile("a.dsl", "[then]allow=verdict.allow(kcontext);\n"),
                new RuleFile("a.dslr", HEADER + rule("r", "OutOfOffice()", "allow // x\rSystem.exit(0);"))))
                .isNotEmpty();
    }

    @Test
    void aHashLineIsNoCommentInDrlSoTheFileIsRefusedUnbuilt() {
        System.clearProperty("sandbox.owned");
        assertThat(check(new RuleFile("a.drl", HEADER + "# a note\n" + OWNED)))
                .first().asString().startsWith("a.drl:4:").contains("syntax error");
        assertThat(System.getProperty("sandbox.owned")).isNull();
    }

    @Test
    void aHashLineIsNoCommentInADslrFileEitherButIsOneInADslFile() {
        // The old lexers disagreed about '#': one read it as a comment, the other not. Drools 10 reads it as a
        // comment in .dsl files only; the checks now read every file the way Drools does.
        String dsl = "# [then]leave=System.exit(0);\n[when]there is an out-of-office question=OutOfOffice()\n"
                + "[then]allow=verdict.allow(kcontext);\n";
        System.clearProperty("sandbox.owned");
        assertThat(check(new RuleFile("a.dsl", dsl), new RuleFile("a.dslr", HEADER + "# a note\n"
                + OWNED.replace("OutOfOffice()", "there is an out-of-office question").replace("verdict.allow(kcontext);",
                "allow")))).first().asString().startsWith("a.dslr:4:1: syntax error: mismatched input '#'");
        assertThat(check(new RuleFile("a.dsl", dsl), new RuleFile("a.dslr", HEADER
                + rule("r", "# System.exit(0);\n    there is an out-of-office question", "allow"))))
                .first().asString().startsWith("a.dslr:6:5: syntax error: mismatched input '#'");
        assertThat(System.getProperty("sandbox.owned")).isNull();
        RuleSetCompiler.Compilation fine = new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(
                new RuleFile("a.dsl", dsl), new RuleFile("a.dslr", HEADER + rule("r", "there is an out-of-office question",
                        "allow")), new RuleFile("messages_en.properties", "t-allow=allowed\n"))));
        assertThat(fine.problems()).isEmpty();
        assertThat(DslSentences.of(fine.ruleSet().files())).extracting(DslSentences.Sentence::key)
                .containsExactly("there is an out-of-office question", "allow");
    }

    @Test
    void crlfLineEndingsAreFine() {
        String crlf = (HEADER + rule("r", "OutOfOffice()", "verdict.allow(kcontext); // fine")).replace("\n", "\r\n");
        assertThat(new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(new RuleFile("a.drl", crlf)))).problems())
                .extracting(RuleProblem::located).noneMatch(p -> p.contains("carriage return") || p.contains("syntax"));
    }
}
