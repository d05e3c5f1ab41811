package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Language;

/** A rule that fails while deciding is named with its file and line, and no verdict is given (issue 12, item 6). */
class RuleFailureTest {
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null, null,
            null, true, true);

    @TempDir
    Path dir;

    @Test
    void aConditionThatFailsAtRunTimeNamesItsRuleFileAndLine() {
        // An enum compared by order with a text compiles, passes the sandbox, and fails while deciding.
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir,
                RuleDirectory.rule("allowed for a fine action", "t-allow", "OutOfOffice()", "verdict.allow(kcontext);")
                        + RuleDirectory.rule("fails at run time", "t-allow", "OutOfOffice( action > \"x\" )",
                        "verdict.allow(kcontext);")));
        assertThatThrownBy(() -> engine.decide(SITUATION, Language.EN))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.getMessage()).startsWith("test.drl:11: rule \"fails at run time\" failed while deciding"
                            + " out-of-office: incompatible types in statement");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("test.drl");
                        assertThat(p.line()).isEqualTo(11);
                    });
                });
    }
}
