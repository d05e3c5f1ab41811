package org.workprivacy.rules.drools.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** Broken rule files get a located, plain message: the place legal staff must look at. */
class RuleProblemLocationTest {
    private static final String HEADER = """
            package test;
            import org.workprivacy.rules.api.situation.OutOfOffice;
            import org.workprivacy.rules.api.situation.OutOfOffice.Action;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            """;

    private static List<RuleProblem> problems(String when, String then) {
        String drl = HEADER + "rule \"r\" @code(\"t-r\") @legalBasis(\"GDPR art. 5\")\nwhen\n    " + when
                + "\nthen\n    " + then + "\nend\n";
        return new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(new RuleFile("t.drl", drl)))).problems();
    }

    @Test
    void anUnknownFactPointsAtTheCondition() {
        assertThat(problems("OutOfOffice( workRelated == true )", "verdict.allow(kcontext);"))
                .extracting(RuleProblem::located)
                .containsExactly("t.drl:7:18: cannot understand the condition `workRelated == true`: a fact name is"
                        + " misspelt, a value does not exist, or a value has the wrong type");
    }

    @Test
    void anUnknownValuePointsAtTheCondition() {
        assertThat(problems("OutOfOffice( action == Action.SWITCH_ON )", "verdict.allow(kcontext);"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(7);
                    assertThat(p.column()).isEqualTo(18);
                });
    }

    @Test
    void anUnknownActionPointsAtTheConsequence() {
        assertThat(problems("OutOfOffice()", "verdict.permit(kcontext);"))
                .extracting(RuleProblem::located)
                .containsExactly("t.drl:9:13: `VerdictCollector` has no action `permit`; a rule's consequence may call"
                        + " verdict.allow, verdict.deny or verdict.condition");
    }

    @Test
    void anUnknownSituationTypeIsNamed() {
        assertThat(problems("OutOfOfice()", "verdict.allow(kcontext);"))
                .extracting(RuleProblem::located)
                .singleElement().asString().startsWith("t.drl:7:5: unknown situation type `OutOfOfice`");
    }

    @Test
    void aSyntaxErrorGivesLineAndColumn() {
        assertThat(problems("OutOfOffice( mailOpened == true", "verdict.allow(kcontext);"))
                .extracting(RuleProblem::located)
                .singleElement().asString().startsWith("t.drl:8:1: syntax error: mismatched input 'then'");
    }

    @Test
    void aYesNoFactComparedWithTextIsAnErrorAlthoughDroolsAcceptsIt() {
        assertThat(problems("OutOfOffice( mailOpened == \"yes\" )", "verdict.allow(kcontext);"))
                .extracting(RuleProblem::located)
                .containsExactly("t.drl:7:18: fact `mailOpened` is yes/no; comparing it with the text \"yes\" never"
                        + " matches, so this rule would never fire. Write `mailOpened == true` or `mailOpened == false`");
    }

    @Test
    void aFixedValueFactComparedWithTextIsAnError() {
        assertThat(problems("OutOfOffice( action == \"enable-auto-reply\" )", "verdict.allow(kcontext);"))
                .extracting(RuleProblem::message)
                .singleElement().asString().contains("Action.ENABLE_AUTO_REPLY");
    }

    @Test
    void twoRulesWithTheSameNameAreBothLocated() {
        String rule = "rule \"same\" @code(\"t-r\") @legalBasis(\"GDPR art. 5\")\nwhen\n    OutOfOffice()\nthen\n    verdict.allow(kcontext);\nend\n";
        var files = new RuleSetFiles("t", List.of(new RuleFile("a.drl", HEADER + rule), new RuleFile("b.drl", HEADER + "\n" + rule)));
        assertThat(new RuleSetCompiler().tryCompile(files).problems()).extracting(RuleProblem::located)
                .containsExactly("b.drl:6: rule \"same\" is already defined at a.drl:5 in package test; rule names must be"
                        + " unique, or one of them is silently lost");
    }

    // ---- the decision language: Drools reports lines of the expanded text, where "- ..." lines are merged

    private static final String SENTENCES = """
            [when]the helpdesk works in the mailbox of an employee=SubjectLine()
            [when]- there is an open support request=supportRequestOpen == true
            [when]- the item is the cause of the fault=itemCausesFault == true
            [when]- the item is private correspondence=itemPrivate == true
            [when]- {fact} is not stated={fact} == null
            [then]deny=verdict.deny(kcontext);
            """;

    private static final String RULES = """
            package test;
            import org.workprivacy.rules.api.situation.SubjectLine;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;

            rule "first" @code("t-a") @legalBasis("GDPR art. 5")
            when
                the helpdesk works in the mailbox of an employee
                - there is an open support request
                - the item is the cause of the fault
                - the item is private correspondence
            then
                deny
            end

            rule "second" @code("t-b") @legalBasis("GDPR art. 5")
            when
                the helpdesk works in the mailbox of an employee
                - there is an open support request
                - itemPrivate is not stated
            then
                deny
            end
            """;

    private static List<RuleProblem> dslProblems(String sentences, String rules) {
        return new RuleSetCompiler().tryCompile(new RuleSetFiles("t", List.of(new RuleFile("t.dsl", sentences),
                new RuleFile("t.dslr", rules)))).problems();
    }

    @Test
    void theUnchangedDecisionLanguageFixtureCompiles() {
        assertThat(dslProblems(SENTENCES, RULES)).isEmpty();
    }

    @Test
    void aMisspeltFactInASentencePointsAtTheSentenceOnceForAllRulesUsingIt() {
        String sentences = SENTENCES.replace("=supportRequestOpen == true", "=supportRequestOpn == true");
        assertThat(dslProblems(sentences, RULES))
                .extracting(RuleProblem::located)
                .containsExactly("t.dsl:2:42: cannot understand the condition `supportRequestOpn == true`: a fact name"
                        + " is misspelt, a value does not exist, or a value has the wrong type");
    }

    @Test
    void aMisspeltFactInARulePointsAtTheLineWritten() {
        String rules = RULES.replace("- itemPrivate is not stated", "- itemPrivat is not stated");
        assertThat(dslProblems(SENTENCES, rules))
                .extracting(RuleProblem::located)
                .singleElement().asString().startsWith("t.dslr:19:7: cannot understand the condition `itemPrivat == null`");
    }

    @Test
    void aSyntaxErrorAfterMergedLinesPointsAtTheLineWritten() {
        // A shorter sentence listed first swallows part of a longer one, leaving "correspondence" behind.
        String sentences = "[when]- the item is private=itemPrivate == true\n" + SENTENCES;
        assertThat(dslProblems(sentences, RULES))
                .extracting(RuleProblem::located)
                .containsExactly("t.dsl:1: decision-language sentence \"- the item is private\" is part of the sentence"
                                + " \"- the item is private correspondence\" at t.dsl:5: Drools would rewrite that part of"
                                + " every line written with the longer sentence; reword one of the two so that neither is"
                                + " part of the other",
                        "t.dslr:10:27: this line says \"- the item is private correspondence\" (t.dsl:5), but the shorter"
                                + " sentence \"- the item is private\" (t.dsl:1) is part of it and took its place, leaving"
                                + " `correspondence` behind, which is not a condition Drools can read; reword one of the two"
                                + " sentences so that neither is part of the other");
    }
}
