package org.workprivacy.rules.drools.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.load.RuleFile;

/** Regression tests for casebook reader bugs found while fuzzing (docs/reliability.md, "Bugs found"). */
class CasebookReaderTest {

    private static void assertRefused(String yaml, String located) {
        assertThatThrownBy(() -> new CasebookReader().read(new RuleFile("c.casebook.yaml", yaml)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::located).singleElement().asString().startsWith(located));
    }

    @Test
    void nullCasesAreRefusedNotANullPointerException() {
        assertRefused("scenario: out-of-office\ncases: ~\n", "c.casebook.yaml:2: \"cases\" must be a list of cases");
    }

    @Test
    void anEmptyCaseEntryIsRefusedNotANullPointerException() {
        assertRefused("scenario: out-of-office\ncases:\n  - ~\n", "c.casebook.yaml:2: \"cases\" must be a list of cases");
    }
}
