package org.workprivacy.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/** The hand-written JSON Lines are exactly the documented record (what the OpenAPI schema is made from). */
class ResultJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OutOfOffice SITUATION = new OutOfOffice(null, null, null, null, null, null, null);

    private static Verdict denied(String message) {
        return new Verdict("out-of-office", Outcome.DENIED, List.of(new Reason("r", "code", message, List.of("GDPR"))),
                List.of(), List.of("action"), "sha256:abc");
    }

    @Test
    void writesEachResultAsItsResultRecord() throws Exception {
        List<LineResult> results = List.of(
                new LineResult.Decided(1, Optional.of(TextNode.valueOf("T-1")), "", SITUATION, denied("prïvé \"x\""), Instant.now()),
                new LineResult.Decided(2, Optional.empty(), "abc-1.1", SITUATION, denied("prïvé \"x\""), Instant.now()),
                new LineResult.Decided(3, Optional.empty(), "", SITUATION, denied("other"), Instant.now()),
                new LineResult.Failed(4, Optional.empty(), LineError.invalid("facts.method", "invalid value")),
                new LineResult.Failed(5, Optional.of(TextNode.valueOf("T-5")),
                        new LineError(LineError.Kind.RULE_FAILED, "", "a rule failed")));
        for (boolean withId : new boolean[] {true, false}) {
            String written = new String(new ResultJson(withId).write(results), StandardCharsets.UTF_8);
            StringBuilder expected = new StringBuilder();
            for (LineResult result : results) {
                expected.append(JSON.writeValueAsString(ResultRecord.of(result, withId))).append('\n');
            }
            assertThat(written).isEqualTo(expected.toString());
        }
    }
}
