package org.workprivacy.rules.drools.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.load.RuleFile;

/** Huge, deeply nested or alias-bomb casebooks are refused with a located, plain error. */
class CasebookLimitsTest {
    private static final String CASE = """
              - name: case %d
                facts: {action: search-mail}
                expect: {outcome: DENIED, reasons: [x]}
            """;

    private static void assertRefused(CasebookReader reader, String yaml, String located) {
        assertThatThrownBy(() -> reader.read(new RuleFile("big.casebook.yaml", yaml)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::located).singleElement().asString().startsWith(located));
    }

    @Test
    void aCasebookOverTwoMebibytesIsRefusedUnread() {
        String yaml = "scenario: out-of-office\ncases: []\n" + "#".repeat(CasebookLimits.DEFAULT.maxChars());
        assertRefused(new CasebookReader(), yaml, "big.casebook.yaml: the casebook is " + yaml.length()
                + " characters long; at most 2097152 are read");
    }

    @Test
    void tooManyCasesAreRefused() {
        StringBuilder yaml = new StringBuilder("scenario: out-of-office\ncases:\n");
        for (int i = 0; i <= 5_000; i++) {
            yaml.append(CASE.formatted(i));
        }
        assertRefused(new CasebookReader(), yaml.toString(), "big.casebook.yaml: the casebook has 5001 cases; at most 5000");
    }

    @Test
    void deepNestingIsRefused() {
        String yaml = "scenario: out-of-office\ncases: []\nnested: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertRefused(new CasebookReader(), yaml, "big.casebook.yaml: the casebook is nested more than 64 levels deep");
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedAtItsFirstAnchor() {
        StringBuilder yaml = new StringBuilder("scenario: out-of-office\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*l" + (i - 1);
            yaml.append("lol").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        yaml.append("cases: []\n");
        assertRefused(new CasebookReader(), yaml.toString(), "big.casebook.yaml:2:7: anchors and aliases (&name, *name) are not allowed");
    }

    @Test
    void anAliasedCaseIsRefused() {
        String yaml = """
                scenario: out-of-office
                cases:
                  - &first
                    name: one
                    facts: {action: search-mail}
                    expect: {outcome: DENIED, reasons: [x]}
                  - *first
                """;
        assertRefused(new CasebookReader(), yaml, "big.casebook.yaml:3:5: anchors and aliases");
    }

    @Test
    void aFactGivenTwiceIsRefused() {
        String yaml = """
                scenario: out-of-office
                cases:
                  - name: one
                    facts: {mailOpened: false, mailOpened: true}
                    expect: {outcome: DENIED, reasons: [x]}
                """;
        assertThatThrownBy(() -> new CasebookReader().read(new RuleFile("dup.casebook.yaml", yaml)))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("dup.casebook.yaml:4:").hasMessageContaining("mailOpened");
    }

    @Test
    void tighterLimitsCanBeChosen() {
        String yaml = "scenario: out-of-office\ncases:\n" + CASE.formatted(1) + CASE.formatted(2);
        assertThat(new CasebookReader(new CasebookLimits(10_000, 8, 2)).read(new RuleFile("ok.casebook.yaml", yaml)).cases()).hasSize(2);
        assertRefused(new CasebookReader(new CasebookLimits(10_000, 8, 1)), yaml, "big.casebook.yaml: the casebook has 2 cases; at most 1");
    }
}
