package org.workprivacy.rules.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/** The decorator logs what it decided, but only once the caller says the answer was delivered (issue 12). */
class DeliveryTest {
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.ENABLE_AUTO_REPLY, true,
            OutOfOffice.EmployeeContact.UNREACHABLE, OutOfOffice.AccessMethod.SERVER_SIDE_ADMIN, null, false, null);

    /** Answers DENIED with one reason code per call, so that the log shows the order of the decisions. */
    private static final class CountingEngine implements DecisionEngine {
        private int calls;

        @Override
        public Verdict decide(Situation situation, Language language) {
            calls++;
            return new Verdict("out-of-office", Outcome.DENIED, List.of(new Reason("r", "code-" + calls, "m", List.of())),
                    List.of(), List.of(), "sha256:abc");
        }

        @Override
        public Explanation explain(Situation situation, Language language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String ruleSetVersion() {
            return "sha256:abc";
        }
    }

    @TempDir
    Path dir;

    @Test
    void logsNothingUntilDeliveredThenEveryDecisionInOrder() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT)) {
            Delivery answer = DecisionAudit.to(log).delivery(new CountingEngine());
            answer.decide(SITUATION, Language.EN);
            answer.decide("id-2", SITUATION, Language.EN);
            assertThat(Files.readAllLines(file)).as("not delivered yet").isEmpty();
            assertThat(answer.pending()).isEqualTo(2);

            answer.delivered();
            answer.delivered(); // nothing new: nothing logged twice

            assertThat(Files.readAllLines(file)).hasSize(2);
            assertThat(Files.readAllLines(file).get(0)).contains("\"code-1\"").doesNotContain("decisionId");
            assertThat(Files.readAllLines(file).get(1)).contains("\"decisionId\":\"id-2\"").contains("\"code-2\"");
        }
    }

    @Test
    void anAnswerNeverDeliveredLeavesNoLine() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT)) {
            DecisionAudit.to(log).delivery(new CountingEngine()).decide(SITUATION, Language.EN);
        }
        assertThat(Files.readAllLines(file)).isEmpty();
    }

    @Test
    void withoutALogItOnlyDecides() throws IOException {
        Delivery answer = DecisionAudit.none().delivery(new CountingEngine());
        assertThat(answer.decide(SITUATION, Language.EN).reasonCodes()).containsExactly("code-1");
        assertThat(answer.pending()).isZero();
        answer.delivered();
    }
}
