package org.workprivacy.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Malicious rule files: each is refused with file, line and column, by {@code check} (the compiler's
 * problems) and by the engine, and none of its code runs.
 */
class RuleSandboxTest {
    private static final String HEADER = """
            package test;
            import org.workprivacy.rules.api.situation.OutOfOffice;
            import org.workprivacy.rules.api.situation.OutOfOffice.Action;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            """;
    private static final String GOOD_RULE = rule("OutOfOffice()", "verdict.allow(kcontext);");

    /** A rule at line 5: its condition is on line 7, its consequence on line 9 (both from column 5). */
    private static String rule(String when, String then) {
        return "rule \"r\" @code(\"t-allow\") @legalBasis(\"GDPR art. 5\")\nwhen\n    " + when + "\nthen\n    " + then
                + "\nend\n";
    }

    static Stream<Arguments> maliciousFiles() {
        return Stream.of(
                // consequences: only verdict calls
                Arguments.of("System.exit", HEADER + rule("OutOfOffice()", "System.exit(0);"), "9:5", "consequence runs `System.exit(0)`"),
                Arguments.of("Runtime.exec", HEADER + rule("OutOfOffice()", "Runtime.getRuntime().exec(\"touch /tmp/owned\");"), "9:5", "consequence runs `Runtime.getRuntime()"),
                Arguments.of("reflection", HEADER + rule("OutOfOffice()", "Class.forName(\"java.lang.Runtime\").getMethods();"), "9:5", "consequence runs `Class.forName("),
                Arguments.of("reflection via the collector", HEADER + rule("OutOfOffice()", "verdict.getClass().getClassLoader();"), "9:5", "consequence runs `verdict.getClass()"),
                Arguments.of("file I/O", HEADER + rule("OutOfOffice()", "java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"));"), "9:5", "consequence runs `java.nio.file.Files.delete("),
                Arguments.of("java.io", HEADER + rule("OutOfOffice()", "new java.io.FileOutputStream(\"x\").close();"), "9:5", "consequence creates objects with `new java.io.FileOutputStream"),
                Arguments.of("threads", HEADER + rule("OutOfOffice()", "new Thread(() -> {}).start();"), "9:5", "consequence creates objects"),
                Arguments.of("a second statement", HEADER + rule("OutOfOffice()", "verdict.allow(kcontext); System.exit(0);"), "9:30", "consequence runs `System.exit(0)`"),
                Arguments.of("insert", HEADER + rule("OutOfOffice()", "insert(new OutOfOffice(null, null, null, null, null, null, null));"), "9:5", "consequence changes the facts with `insert("),
                Arguments.of("modify", HEADER + rule("$o : OutOfOffice()", "modify($o) { }"), "9:5", "consequence changes the facts with `modify("),
                Arguments.of("retract", HEADER + rule("$o : OutOfOffice()", "retract($o);"), "9:5", "consequence changes the facts"),
                Arguments.of("delete", HEADER + rule("$o : OutOfOffice()", "delete($o);"), "9:5", "consequence changes the facts"),
                Arguments.of("drools.halt", HEADER + rule("OutOfOffice()", "drools.halt();"), "9:5", "consequence reaches into the engine with `drools.`"),
                Arguments.of("kcontext internals", HEADER + rule("OutOfOffice()", "kcontext.getKieRuntime().halt();"), "9:5", "consequence reaches into the engine with `kcontext.`"),
                Arguments.of("code in the missing fact's name", HEADER + rule("OutOfOffice()",
                        "verdict.missing(kcontext, \"a\" + System.getenv(\"HOME\"));"), "9:5", "consequence runs `verdict.missing(kcontext, \"a\" + System.getenv("),
                Arguments.of("code smuggled in a text", HEADER + rule("OutOfOffice()",
                        "verdict.missing(kcontext, \"a\\\"); System.exit(0); //\");"), "9:13", "verdict.missing is gone"),
                Arguments.of("unicode escape hiding code in a comment", HEADER + rule("OutOfOffice()",
                        "verdict.allow(kcontext); // \\u000a System.exit(0);"), "9:33", "unicode escapes"),
                // conditions: only facts compared with values
                Arguments.of("eval", HEADER + rule("eval( System.getenv(\"HOME\") != null )", "verdict.allow(kcontext);"), "7:5", "`eval(...)` runs an expression"),
                Arguments.of("static call in a constraint", HEADER + rule("OutOfOffice( System.getenv(\"X\") != null )", "verdict.allow(kcontext);"), "7:18", "calls `System.getenv(...)`"),
                Arguments.of("method on a value", HEADER + rule("OutOfOffice( action == Action.valueOf(\"SEARCH_MAIL\") )", "verdict.allow(kcontext);"), "7:28", "calls `Action.valueOf(...)`"),
                Arguments.of("from", HEADER + rule("OutOfOffice() from java.util.List.of()", "verdict.allow(kcontext);"), "7:19", "`from` takes facts from an arbitrary expression"),
                Arguments.of("accumulate", HEADER + rule("accumulate( OutOfOffice(); $n : count() )", "verdict.allow(kcontext);"), "7:5", "`accumulate` runs code"),
                Arguments.of("new in a condition", HEADER + rule("OutOfOffice( action != new Object() )", "verdict.allow(kcontext);"), "7:28", "`new` creates objects"),
                Arguments.of("static field of another class", HEADER + rule("OutOfOffice( mailOpened == java.lang.Boolean.TRUE )", "verdict.allow(kcontext);"), "7:32", "refers to `java.lang.Boolean.TRUE`"),
                Arguments.of("OOPath", HEADER + rule("$o : /situations[ action == null ]", "verdict.allow(kcontext);"), "7:10", "unexpected `/` in a condition"),
                // the file around the rules
                Arguments.of("import outside the allow-list", HEADER + "import java.io.File;\n" + GOOD_RULE, "5:1", "imports `java.io.File`"),
                Arguments.of("import function", HEADER + "import function java.lang.System.exit;\n" + GOOD_RULE, "5:1", "`import function` brings in arbitrary code"),
                Arguments.of("import static", HEADER + "import static java.lang.System.exit;\n" + GOOD_RULE, "5:1", "`import static` brings in arbitrary code"),
                Arguments.of("wildcard import", HEADER + "import java.lang.reflect.*;\n" + GOOD_RULE, "5:1", "imports `java.lang.reflect.*`"),
                Arguments.of("function block", HEADER + "function void boom() { System.exit(1); }\n" + GOOD_RULE, "5:1", "`function` blocks run arbitrary Java code"),
                Arguments.of("declare block", HEADER + "declare Evil\n    name : String\nend\n" + GOOD_RULE, "5:1", "`declare` defines new fact types"),
                Arguments.of("query", HEADER + "query \"all\"\n    OutOfOffice()\nend\n" + GOOD_RULE, "5:1", "queries are not allowed"),
                Arguments.of("another global", HEADER + "global java.util.List leak;\n" + GOOD_RULE, "5:1", "the only global a rule file may declare"),
                Arguments.of("the collector under another name", HEADER
                        + "global org.workprivacy.rules.drools.decide.VerdictCollector other;\n" + GOOD_RULE, "5:1", "the only global"),
                Arguments.of("metadata evaluated while building", HEADER
                        + "rule \"r\" @code(java.lang.System.setProperty(\"sandbox.owned\", \"yes\")) @legalBasis(\"x\")\nwhen\n    OutOfOffice()\nthen\n    verdict.allow(kcontext);\nend\n",
                        "5:10", "rule metadata may hold only texts"),
                Arguments.of("salience expression", HEADER
                        + "rule \"r\" @code(\"t-allow\") @legalBasis(\"x\") salience (System.exit(0))\nwhen\n    OutOfOffice()\nthen\n    verdict.allow(kcontext);\nend\n",
                        "5:44", "rule attribute `salience` is not allowed here"),
                Arguments.of("timer", HEADER
                        + "rule \"r\" @code(\"t-allow\") @legalBasis(\"x\") timer (int: 0 1s)\nwhen\n    OutOfOffice()\nthen\n    verdict.allow(kcontext);\nend\n",
                        "5:44", "rule attribute `timer` is not supported by this engine"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maliciousFiles")
    void checkRefusesItWithFileLineAndColumn(String name, String drl, String lineAndColumn, String message) {
        System.clearProperty("sandbox.owned");
        List<RuleProblem> problems = compile(new RuleFile("rules/evil.drl", drl));
        assertThat(problems).as(name).isNotEmpty().allSatisfy(p -> assertThat(p.severity()).isEqualTo(RuleProblem.Severity.ERROR));
        assertThat(problems.get(0).located()).as(name).startsWith("rules/evil.drl:" + lineAndColumn + ": ").contains(message);
        assertThat(System.getProperty("sandbox.owned")).as("no code of the refused file ran").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maliciousFiles")
    void theEngineRefusesToLoadIt(String name, String drl, String lineAndColumn, String message, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), "t-allow=allowed\n");
        Files.writeString(dir.resolve("evil.drl"), drl);
        assertThatThrownBy(() -> DecisionEngines.fromDirectory(dir))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.located()).startsWith("evil.drl:" + lineAndColumn + ": ").contains(message)));
    }

    @Test
    void aReloadKeepsServingTheLastGoodRulesWhenAnEditBreaksTheSandbox(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_en.properties"), "t-allow=allowed\n");
        Files.writeString(dir.resolve("r.drl"), HEADER + GOOD_RULE);
        var engine = DecisionEngines.fromDirectory(dir);
        String good = engine.ruleSetVersion();
        Files.writeString(dir.resolve("r.drl"), HEADER + rule("OutOfOffice()", "verdict.allow(kcontext); System.exit(1);"));
        var reload = engine.reload();
        assertThat(reload.failed()).isTrue();
        assertThat(reload.problems()).extracting(RuleProblem::located).singleElement().asString().startsWith("r.drl:9:30: ");
        assertThat(engine.ruleSetVersion()).isEqualTo(good);
    }

    @Test
    void noBundledRuleTripsTheSandbox() {
        assertThat(SandboxLint.check(RuleSetFiles.fromClasspath())).isEmpty();
    }

    @Test
    void literalAttributesCommentsAndTextsThatMentionCodeAreFine() {
        String drl = HEADER + """
                // System.exit(0) in a comment is only words; so is "new Thread()" in a rule's name.
                /* import java.io.File; */
                rule "Reading from a file with new Thread(): eval(System.exit)" @code("t-allow") @legalBasis("GDPR art. 5(1)(c)")
                    salience -10 no-loop enabled true
                when
                    $o : OutOfOffice( action == Action.SEARCH_MAIL || action in (Action.ENABLE_AUTO_REPLY), mailOpened != true )
                    not OutOfOffice( targetedSearch == false )
                then
                    verdict.allow(kcontext); // System.exit(0)
                    verdict.condition(kcontext);
                end
                """;
        assertThat(compile(new RuleFile("rules/fine.drl", drl))).isEmpty();
    }

    @Test
    void aDslMappingThatRunsCodeIsRefusedWhereItIsWritten() {
        String dsl = """
                [when]There is an out-of-office request=OutOfOffice()
                [then]Allow it=verdict.allow(kcontext);
                [then]Leave=System.exit(0);
                """;
        assertThat(compile(new RuleFile("rules/test.dsl", dsl), new RuleFile("rules/test.dslr", HEADER)))
                .extracting(RuleProblem::located).singleElement().asString()
                .startsWith("rules/test.dsl:3:13: DSL mapping: consequence runs `System.exit(0)`");
    }

    @Test
    void aDslrFileIsCheckedAfterExpansion() {
        String dsl = """
                [when]There is an out-of-office request=OutOfOffice()
                [then]Allow it=verdict.allow(kcontext);
                """;
        String dslr = HEADER + """
                rule "r" @code("t-allow") @legalBasis("GDPR art. 5")
                when
                    There is an out-of-office request
                then
                    Allow it
                    > System.exit(0);
                end
                """;
        assertThat(compile(new RuleFile("rules/test.dsl", dsl), new RuleFile("rules/test.dslr", dslr)))
                .extracting(RuleProblem::located).singleElement().asString()
                .startsWith("rules/test.dslr:").contains("after DSL expansion: consequence runs `System.exit(0)`");
    }

    @Test
    void aConsequenceSentenceThatNoMappingMatchesIsNamedAsSuch() {
        String dsl = """
                [when]There is an out-of-office request=OutOfOffice()
                [then]Allow it=verdict.allow(kcontext);
                """;
        String dslr = HEADER + """
                rule "r" @code("t-allow") @legalBasis("GDPR art. 5")
                when
                    There is an out-of-office request
                then
                    Alow it
                end
                """;
        assertThat(compile(new RuleFile("rules/test.dsl", dsl), new RuleFile("rules/test.dslr", dslr)))
                .extracting(RuleProblem::located).containsExactly("rules/test.dslr:9:5: no sentence of the decision"
                        + " language (.dsl files) matches \"Alow it\": check its wording against the .dsl file, or add the sentence there");
    }

    @Test
    void aDslRuleThatOnlyMatchesAndReportsIsAllowedAndDecides() {
        String dsl = """
                [when]There is an out-of-office request=$o : OutOfOffice()
                [when]- the action is {action}=action == Action.{action}
                [then]Allow it=verdict.allow(kcontext);
                """;
        String dslr = HEADER + """
                rule "r" @code("t-allow") @legalBasis("GDPR art. 5")
                when
                    There is an out-of-office request
                    - the action is SEARCH_MAIL
                then
                    Allow it
                end
                """;
        RuleSetFiles files = new RuleSetFiles("t", List.of(new RuleFile("test.dsl", dsl), new RuleFile("test.dslr", dslr),
                new RuleFile("messages_en.properties", "t-allow=allowed\n")));
        var engine = DecisionEngines.of(new RuleSetCompiler().compile(files));
        var situation = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, null, null, null, null, null, null);
        assertThat(engine.decide(situation).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    private static List<RuleProblem> compile(RuleFile... files) {
        return new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(files))).problems();
    }
}
