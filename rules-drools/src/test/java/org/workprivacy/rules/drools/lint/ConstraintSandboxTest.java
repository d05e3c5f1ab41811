package org.workprivacy.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The constraint parser accepts what legal staff write in a pattern and refuses, with its place, anything
 * outside that grammar: it must fail closed, since whatever it lets through is compiled by MVEL.
 */
class ConstraintSandboxTest {
    @Test
    void comparisonsOfFactsWithValuesPass() {
        for (String fine : List.of("action == Action.SEARCH_MAIL", "$m : mailOpened == false", "mailOpened",
                "fourEyes != null && == true", "method in (AccessMethod.SERVER_SIDE_ADMIN, AccessMethod.PASSWORD_RESET)",
                "action not in (Action.SEARCH_MAIL)", "!(mailOpened == true) || targetedSearch",
                "retentionDays >= -1 && retentionDays < 30.5", "claimedBasis == \"art. 6\"", "$o.action == null",
                "action == Action.SEARCH_MAIL // a note\n || mailOpened", "/* a note */ mailOpened")) {
            assertThat(ConstraintSandbox.check(fine)).as(fine).isEmpty();
        }
    }

    @Test
    void anythingElseIsRefusedAtItsPlace() {
        assertThat(ConstraintSandbox.check("action == Action.valueOf(\"X\")")).get().isEqualTo(new SandboxFinding(10,
                "calls `Action.valueOf(...)`: " + ConstraintSandbox.ALLOWED));
        assertThat(ConstraintSandbox.check("1.0.toString() != null")).get().extracting(SandboxFinding::offset).isEqualTo(4);
        assertThat(ConstraintSandbox.check("mailOpened = true")).get().extracting(SandboxFinding::message).asString()
                .startsWith("unexpected `=`");
        assertThat(ConstraintSandbox.check("claimedBasis matches \"(a+)+\"")).get().extracting(SandboxFinding::offset)
                .isEqualTo(13);
        for (String refused : List.of("a contains \"x\"", "a memberOf b", "a == b.c.d", "a == \"x\\\"\"", "a == 'x",
                "(a == b", "a ==", "a == b ? c : d", "a[0] == 1", "a == {1}", "a == java.lang.Boolean.TRUE",
                "a == new Object()", "/* unclosed a == b", "a == #x", "x.y == 1", "a instanceof String",
                "a == 1L", "a == 0x10", "a == 1e3", "a == b ; c")) {
            assertThat(ConstraintSandbox.check(refused)).as(refused).isPresent();
        }
    }

    @Test
    void aCommentEndsAtACarriageReturnSoNoCodeHidesBehindIt() {
        assertThat(ConstraintSandbox.check("mailOpened // x\r.getClass()")).isPresent();
    }

    @Test
    void eachRuleSetIsParsedOnceAndTheParseIsShared() {
        RuleSetFiles files = new RuleSetFiles("t", List.of(new RuleFile("a.drl", "package test;\n")));
        RuleSetFiles equal = new RuleSetFiles("t", List.of(new RuleFile("a.drl", "package test;\n")));
        assertThat(ParsedRuleFiles.of(files)).isSameAs(ParsedRuleFiles.of(equal));
        // Checking a rule set (here with more condition mappings than parses are kept) leaves its parse in place
        // for the engine, which reads the rules' facts from it.
        StringBuilder dsl = new StringBuilder("[then]allow=verdict.allow(kcontext);\n");
        for (int i = 0; i < 6; i++) {
            dsl.append("[when]situation ").append((char) ('a' + i)).append("=OutOfOffice()\n");
        }
        RuleSetFiles withDsl = new RuleSetFiles("t", List.of(new RuleFile("a.dsl", dsl.toString()),
                new RuleFile("a.dslr", "package test;\n")));
        ParsedRuleFiles parsed = ParsedRuleFiles.of(withDsl);
        assertThat(new RuleSetCompiler().tryCompile(withDsl).problems()).isEmpty();
        assertThat(ParsedRuleFiles.of(withDsl)).isSameAs(parsed);
    }
}
