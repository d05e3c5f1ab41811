package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.service.RunningService.Answer;

/** Issue 13's faults 3 and 4: stalled clients, errors raised by the server itself, encodings, odd paths. */
class ProductionFaultsTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(ServedRules.bundled()); // 4 request threads, as in the report
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void twoHundredFiftySixStalledClientsDoNotStopAHealthyOne() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 256; i++) {
                Socket socket = new Socket("127.0.0.1", service.port());
                stalled.add(socket);
                String head = "POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
                // Half stop within the headers, half after the headers with most of the body unsent.
                socket.getOutputStream().write((i % 2 == 0 ? head
                        : head + "Content-Length: 200\r\n\r\n{\"scenario\": \"out-of-office\", ").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            }
            assertThat(service.get("/v1/health").status()).isEqualTo(200);
            assertThat(service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY).json().path("outcome").asText())
                    .isEqualTo("ALLOWED");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aMalformedRequestLineIsAJsonError() throws IOException {
        String response = raw("GARBAGE\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: application/json")
                .contains("{\"error\":{\"status\":400,").doesNotContain("<html");
    }

    @Test
    void aBadContentLengthIsAJsonError() throws IOException {
        String response = raw("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: abc\r\n\r\n{}");
        assertThat(response).startsWith("HTTP/1.1 400 ").contains("{\"error\":{\"status\":400,").doesNotContain("<html");
    }

    @Test
    void aDoubleSlashPathIsReportedAsSent() throws IOException {
        String response = raw("POST //v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(response).contains("{\"error\":{\"status\":").doesNotContain("<html")
                .doesNotContain("no endpoint at /decisions");
    }

    @Test
    void statusLinesCarryTheirReasonPhrase() throws IOException {
        String response = raw("POST /v1/reload HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 409 Conflict");
        assertThat(org.eclipse.jetty.http.HttpStatus.getMessage(422)).startsWith("Unprocessable");
    }

    @Test
    void aGzipBodyIsDecoded() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(Situations.SERVER_SIDE_AUTO_REPLY.getBytes(StandardCharsets.UTF_8));
        }
        Answer answer = service.send(service.request("/v1/decisions").header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("outcome").asText()).isEqualTo("ALLOWED");
    }

    @Test
    void anUnknownEncodingIs415() {
        Answer answer = service.send(service.request("/v1/decisions").header("Content-Type", "application/json")
                .header("Content-Encoding", "br").POST(HttpRequest.BodyPublishers.ofString(Situations.SERVER_SIDE_AUTO_REPLY)));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.errorField()).isEqualTo("Content-Encoding");
    }

    @Test
    void aDecisionIdIsInTheBodyAndTheHeader() {
        Answer first = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
        Answer second = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
        assertThat(first.json().path("decisionId").asText()).isNotEmpty().isEqualTo(first.header("Decision-Id"))
                .isNotEqualTo(second.json().path("decisionId").asText());
    }

    @Test
    void metricsCountDecisionsAndRefusals() {
        service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
        service.postJson("/v1/decisions", "{\"scenario\": \"lunch\", \"facts\": {}}");
        service.postJson("/v1/decisions:batch", "[" + Situations.PASSWORD_RESET + "]");
        Answer metrics = service.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body())
                .containsPattern("workprivacy_decisions_total\\{outcome=\"ALLOWED\",scenario=\"out-of-office\"} \\d")
                .containsPattern("workprivacy_decisions_total\\{outcome=\"DENIED\",scenario=\"out-of-office\"} \\d")
                .containsPattern("workprivacy_http_errors_total\\{cause=\"invalid-situation\",status=\"400\"} \\d")
                .contains("workprivacy_decision_seconds_bucket")
                .contains("workprivacy_batch_situations_count")
                .containsPattern("workprivacy_rule_set_version\\{version=\"sha256:[0-9a-f]+\"} 1");
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    read.write(buffer, 0, n);
                    String text = read.toString(StandardCharsets.ISO_8859_1);
                    int end = text.indexOf("\r\n\r\n");
                    if (end > 0 && text.contains("}}")) {
                        break; // a whole JSON error is in
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // answer read as far as it came
            }
            return read.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
