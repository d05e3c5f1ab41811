package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.decisionlog.DecisionLog;

/** With a decision log, every verdict the service gives is one log line; bad input is not a decision. */
class DecisionLogServiceTest {
    @TempDir
    Path dir;

    @Test
    void everyVerdictIsLoggedWithoutItsFacts() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog decisions = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT);
             RunningService service = RunningService.start(ServedRules.bundled(), decisions)) {
            assertThat(service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY).status()).isEqualTo(200);
            assertThat(service.postJson("/v1/decisions", "{\"scenario\": \"lunch\", \"facts\": {}}").status()).isEqualTo(400);
            assertThat(service.postJson("/v1/decisions:batch", "[" + Situations.PASSWORD_RESET + ", 7]").status())
                    .isEqualTo(200);
        }
        List<JsonNode> lines = Files.readAllLines(file).stream().map(RunningService::parse).toList();
        assertThat(lines).extracting(l -> l.path("outcome").asText()).containsExactly("ALLOWED", "DENIED");
        assertThat(lines.get(0).path("reasonCodes").get(0).asText()).isEqualTo("ooo-server-side-auto-reply");
        assertThat(lines.get(1).path("ruleSetVersion").asText()).startsWith("sha256:");
        assertThat(lines).allSatisfy(l -> assertThat(l.has("facts")).isFalse());
    }
}
