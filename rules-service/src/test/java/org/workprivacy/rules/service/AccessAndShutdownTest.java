package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.decisionlog.DecisionLog;
import org.workprivacy.rules.service.RunningService.Answer;

/** Bearer tokens, the decision log carrying the decision id, and stopping with a request in flight. */
class AccessAndShutdownTest {
    @TempDir
    Path dir;

    @Test
    void tokensGuardDecisionsAndAdminTokensGuardReloadAndMetrics() throws IOException {
        AccessControl access = new AccessControl(List.of("client-1".getBytes(StandardCharsets.UTF_8)),
                List.of("admin-1".getBytes(StandardCharsets.UTF_8)));
        try (RunningService service = RunningService.start(ServiceConfig.defaults().withThreads(4), ServedRules.bundled(), access)) {
            assertThat(service.get("/v1/health").status()).isEqualTo(200);
            Answer none = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(service.send(service.request("/v1/decisions").header("Authorization", "Bearer client-1")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Situations.SERVER_SIDE_AUTO_REPLY))).status())
                    .isEqualTo(200);
            assertThat(service.send(service.request("/metrics").header("Authorization", "Bearer client-1").GET()).status())
                    .isEqualTo(403);
            assertThat(service.send(service.request("/metrics").header("Authorization", "Bearer wrong").GET()).status())
                    .isEqualTo(401);
            assertThat(service.send(service.request("/metrics").header("Authorization", "Bearer admin-1").GET()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void theDecisionLogLineCarriesTheDecisionIdOfTheAnswer() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        String id;
        try (DecisionLog log = DecisionLog.appendTo(file, DecisionLog.Facts.OMIT);
             RunningService service = RunningService.start(ServedRules.bundled(), log)) {
            Answer answer = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
            id = answer.header("Decision-Id");
            assertThat(id).isNotEmpty();
        }
        // Read once the service stopped: a request is complete only after its answer was sent and then logged.
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(RunningService.parse(lines.get(0)).path("decisionId").asText()).isEqualTo(id);
    }

    @Test
    void stoppingLetsARequestInFlightFinishAndTurnsNewOnesAway() throws Exception {
        RunningService service = RunningService.start(ServedRules.bundled());
        byte[] body = Situations.SERVER_SIDE_AUTO_REPLY.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 20);
            out.flush();
            // The headers are in: the request is in flight. Stop while the rest of its body is still coming.
            while (service.get("/v1/health").status() != 200) {
                Thread.onSpinWait();
            }
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(service::close);
            Answer refused = awaitStopping(service);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(stopping).isNotDone();
            out.write(body, 20, body.length - 20);
            out.flush();
            String response = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(response).isEqualTo("HTTP/1.1 200");
            stopping.get(20, TimeUnit.SECONDS);
        }
    }

    /** Asks for health until the service says it is stopping (503). */
    private static Answer awaitStopping(RunningService service) {
        while (true) {
            Answer answer = service.get("/v1/health");
            if (answer.status() == 503) {
                return answer;
            }
            Thread.onSpinWait();
        }
    }
}
