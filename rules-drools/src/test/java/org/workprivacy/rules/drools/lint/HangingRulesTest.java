package org.workprivacy.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Rule files that would make building or deciding hang (issue 12, item 2) and rule attributes the engine
 * cannot run (item 6) are refused by {@code check} with file, line and column. Without the sandbox checks
 * these files passed and the DSL one hung the check: hence the preemptive time limit.
 */
class HangingRulesTest {
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final String HEADER = """
            package test;
            import org.workprivacy.rules.api.situation.OutOfOffice;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            """;

    private static List<RuleProblem> check(RuleFile... files) {
        return assertTimeoutPreemptively(QUICK, () -> new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(files)))
                .problems());
    }

    private static String rule(String attributes, String when) {
        return "rule \"r\" @code(\"t-allow\") @legalBasis(\"GDPR art. 5\")" + attributes + "\nwhen\n    " + when
                + "\nthen\n    verdict.allow(kcontext);\nend\n";
    }

    @Test
    void aRegularExpressionInAConditionIsRefused() {
        assertThat(check(new RuleFile("evil.drl", HEADER + rule("", "OutOfOffice( claimedBasis matches \"^(((([A-Z_]+)+)+)+)+!\" )"))))
                .extracting(RuleProblem::located).first().asString()
                .startsWith("evil.drl:6:31: `matches` runs a regular expression");
        assertThat(check(new RuleFile("evil.drl", HEADER + rule("", "OutOfOffice( action not matches \"(a+)+\" )"))))
                .extracting(RuleProblem::located).first().asString().startsWith("evil.drl:6:29: `matches`");
        assertThat(check(new RuleFile("evil.drl", HEADER + rule("", "OutOfOffice( action soundslike \"x\" )"))))
                .extracting(RuleProblem::located).first().asString().startsWith("evil.drl:6:25: `soundslike`");
    }

    @Test
    void aDslSentenceWithNestedRepetitionIsRefusedWhereItIsWrittenWithoutHanging() {
        String dsl = """
                [when]there is an out-of-office question=OutOfOffice()
                [when]- the basis is ((((x+)+)+)+)+!=action != null
                [then]allow=verdict.allow(kcontext);
                """;
        String dslr = HEADER + """
                rule "r" @code("t-allow") @legalBasis("GDPR art. 5")
                when
                    there is an out-of-office question
                    - the basis is xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                then
                    allow
                end
                """;
        assertThat(check(new RuleFile("t.dsl", dsl), new RuleFile("t.dslr", dslr)))
                .extracting(RuleProblem::located).containsExactly("t.dsl:2:22: DSL sentence: `(` has a special meaning in"
                        + " a sentence (Drools reads sentences as regular expressions, and repeated groups such as"
                        + " ((a+)+)+ can make building and deciding hang): write words, spaces, punctuation and"
                        + " placeholders such as {fact} only");
    }

    @Test
    void sentencesWithWordsPunctuationAndPlaceholdersAreFine() {
        assertThat(DslSandbox.sentence("- the employee agreed, objected or \"{fact}\" can't be reached.")).isEmpty();
        assertThat(DslSandbox.sentence("- it costs \\= {amount} euro")).isEmpty();
        assertThat(DslSandbox.sentence("- the basis is {basis:[A-Z]+}")).isPresent();
        assertThat(DslSandbox.sentence("- a* b")).isPresent();
        assertThat(DslSandbox.sentence("- a | b")).isPresent();
    }

    @Test
    void attributesTheEngineCannotRunAreRefusedWithTheirLine() {
        for (String attribute : List.of("auto-focus true", "auto-focus", "agenda-group \"g\"", "activation-group \"g\"",
                "ruleflow-group \"g\"", "lock-on-active true", "timer (int: 0 1s)", "calendars \"weekdays\"",
                "date-effective \"1-Jan-2030\"", "date-expires \"1-Jan-2000\"", "duration 100")) {
            assertThat(check(new RuleFile("a.drl", HEADER + rule("\n    " + attribute, "OutOfOffice()"))))
                    .as(attribute).extracting(RuleProblem::located).first().asString()
                    .startsWith("a.drl:5:5: rule attribute `" + attribute.split(" ")[0] + "` is not supported by this engine");
        }
        assertThat(check(new RuleFile("a.drl", HEADER + rule(" enabled false", "OutOfOffice()"))))
                .extracting(RuleProblem::located).first().asString()
                .startsWith("a.drl:4:54: rule attribute `enabled false` switches the rule off");
    }

    @Test
    void salienceNoLoopAndEnabledTrueAreFine() {
        assertThat(check(new RuleFile("a.drl", HEADER + rule(" salience 10 no-loop enabled true", "OutOfOffice()"))))
                .extracting(RuleProblem::located).noneMatch(p -> p.contains("attribute"));
    }
}
