package org.workprivacy.rules.decisionlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

class DecisionLogTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Instant AT = Instant.parse("2026-03-01T09:15:30.250Z");
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.ENABLE_AUTO_REPLY, true,
            OutOfOffice.EmployeeContact.UNREACHABLE, OutOfOffice.AccessMethod.SERVER_SIDE_ADMIN, null, false, null);
    private static final Verdict ALLOWED = new Verdict("out-of-office", Outcome.ALLOWED,
            List.of(new Reason("rule", "ooo-server-side-auto-reply", "m", List.of("GDPR art. 6(1)(f)"))),
            List.of(new Condition("inform-employee-afterwards", "m", List.of())), List.of(), "sha256:abc");
    private static final Verdict MISSING = new Verdict("out-of-office", Outcome.DENIED,
            List.of(new Reason("rule", "missing-facts", "m", List.of())), List.of(), List.of("targetedSearch"),
            "sha256:abc");

    @TempDir
    Path dir;

    private List<JsonNode> entries(Path file) throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            entries.add(JSON.readTree(line));
        }
        return entries;
    }

    @Test
    void writesOneLineWithTheDecisionButNotTheFacts() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT)) {
            log.record(new DecisionLog.Decision(SITUATION, ALLOWED, AT));
        }
        assertThat(Files.readString(file)).isEqualTo("{\"time\":\"2026-03-01T09:15:30.250Z\","
                + "\"ruleSetVersion\":\"sha256:abc\",\"scenario\":\"out-of-office\",\"outcome\":\"ALLOWED\","
                + "\"reasonCodes\":[\"ooo-server-side-auto-reply\"],\"conditionCodes\":[\"inform-employee-afterwards\"],"
                + "\"missingFacts\":[]}\n");
    }

    @Test
    void writesTheStatedFactsOnlyWhenAsked() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.INCLUDE)) {
            log.record(new DecisionLog.Decision(SITUATION, ALLOWED, AT));
        }
        JsonNode facts = entries(file).get(0).get("facts");
        assertThat(facts.toString()).isEqualTo("{\"action\":\"enable-auto-reply\",\"workRelatedReason\":true,"
                + "\"employeeContact\":\"unreachable\",\"method\":\"server-side-admin\",\"mailOpened\":false}");
    }

    @Test
    void timesAlwaysHaveMilliseconds() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT)) {
            log.record(new DecisionLog.Decision(SITUATION, ALLOWED, Instant.parse("2026-03-01T09:15:30.123456789Z")));
            log.record(new DecisionLog.Decision(SITUATION, ALLOWED, Instant.parse("2026-03-01T09:15:30Z")));
        }
        assertThat(entries(file)).extracting(e -> e.get("time").asText())
                .containsExactly("2026-03-01T09:15:30.123Z", "2026-03-01T09:15:30.000Z");
    }

    @Test
    void appendsToAnExistingLogInOrder() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT)) {
            log.record(new DecisionLog.Decision(SITUATION, ALLOWED, AT));
        }
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT)) {
            log.recordAll(List.of(new DecisionLog.Decision(SITUATION, MISSING, AT.plusSeconds(1)),
                    new DecisionLog.Decision(SITUATION, ALLOWED, AT.plusSeconds(2))));
        }
        List<JsonNode> entries = entries(file);
        assertThat(entries).extracting(e -> e.get("outcome").asText()).containsExactly("ALLOWED", "DENIED", "ALLOWED");
        assertThat(entries.get(1).get("missingFacts").toString()).isEqualTo("[\"targetedSearch\"]");
        assertThat(entries.get(2).get("time").asText()).isEqualTo("2026-03-01T09:15:32.250Z");
    }
}
