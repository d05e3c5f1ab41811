package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.service.RunningService.Answer;

/**
 * The request-size cap (issue 8, part 5): a body over the limit is refused with 413, and one that
 * declares its length is refused before it is read. Raw sockets show what the server reads.
 */
class RequestSizeTest {
    private static final int LIMIT = ServiceConfig.DEFAULT_MAX_BODY_BYTES;
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(ServedRules.bundled());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeTheBodyIsSent() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            // 100 MiB announced, not a byte of it sent: the answer can only come from the headers.
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (100L << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413 ");
            assertThat(response).containsIgnoringCase("Connection: close");
            assertThat(response).contains("{\"error\":{\"status\":413,\"message\":\"request body larger than the limit of "
                    + LIMIT + " bytes\"}}");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions:batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            // The limit in 64 KiB chunks, then 1 KiB more: little is left unread, so the connection is not reset.
            byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent < LIMIT; sent += chunk.length) {
                writeChunk(out, chunk);
            }
            writeChunk(out, new byte[1024]);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413 ").contains("\"status\":413");
        }
    }

    @Test
    void aBodyOfExactlyTheLimitIsDecided() {
        String padded = Situations.PASSWORD_RESET + " ".repeat(LIMIT - Situations.PASSWORD_RESET.length());
        Answer answer = service.postJson("/v1/decisions", padded);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("outcome").asText()).isEqualTo("DENIED");
        Answer overByOne = service.postJson("/v1/decisions", padded + " ");
        assertThat(overByOne.status()).isEqualTo(413);
    }

    @Test
    void deeplyNestedJsonIs400NotACrash() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        Answer answer = service.postJson("/v1/decisions:batch", nested);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("malformed JSON").contains("nesting depth");
    }

    private static void writeChunk(OutputStream out, byte[] chunk) throws IOException {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads one response with a Content-Length: the headers and that many bytes of body. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        int length = headers.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElse(0);
        return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
