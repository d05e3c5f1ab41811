package org.workprivacy.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

class VerdictJsonTest {

    @Test
    void aVerdictSurvivesTheRoundTrip() {
        Verdict verdict = new Verdict("out-of-office", Outcome.ALLOWED,
                List.of(new Reason("rule", "ooo-x", "ok", List.of("GDPR art. 5(1)(c)"))),
                List.of(new Condition("inform-employee-afterwards", "tell her", List.of("GDPR art. 14"))),
                List.of(), "sha256:abc");
        VerdictJson json = new VerdictJson();
        assertThat(json.read(json.write(verdict))).isEqualTo(verdict);
        assertThat(json.write(verdict)).contains("\"outcome\":\"ALLOWED\"").contains("\"code\":\"ooo-x\"");
    }

    @Test
    void aVerdictWithoutReasonsCannotExist() {
        assertThatThrownBy(() -> new Verdict("s", Outcome.DENIED, List.of(), List.of(), List.of(), "v"))
                .hasMessageContaining("at least one reason");
    }

    @Test
    void anAllowedVerdictCannotHaveMissingFacts() {
        assertThatThrownBy(() -> new Verdict("s", Outcome.ALLOWED,
                List.of(new Reason("r", "c", "m", List.of())), List.of(), List.of("x"), "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
