package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workprivacy serve} as its own process: SIGTERM lets a request in flight finish, then the process
 * exits (143, as for any process ended by SIGTERM); and listening beyond this machine needs tokens.
 */
class ServeStopTest {
    private static final String SITUATION = "{\"scenario\": \"out-of-office\", \"facts\": {\"action\": \"enable-auto-reply\","
            + " \"workRelatedReason\": true, \"employeeContact\": \"unreachable\", \"method\": \"server-side-admin\","
            + " \"mailOpened\": false}}";

    @TempDir
    Path dir;

    @Test
    void sigtermFinishesTheRequestInFlightAndExits() throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0")
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            Matcher url = Pattern.compile("listening on (http://\\S+/)").matcher(out.readLine());
            assertThat(url.find()).isTrue();
            URI uri = URI.create(url.group(1));
            byte[] body = SITUATION.getBytes(StandardCharsets.UTF_8);
            // One whole decision first, so that the request below is not slowed by loading classes.
            assertThat(decide(uri, body)).isEqualTo("HTTP/1.1 200");
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream request = socket.getOutputStream();
                request.write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                request.write(body, 0, 10);
                request.flush();
                awaitInFlight(uri);
                serve.destroy(); // SIGTERM
                awaitStopping(uri);
                request.write(body, 10, body.length - 10);
                request.flush();
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(status).isEqualTo("HTTP/1.1 200");
            }
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).isEqualTo(143);
            assertThat(Files.readString(dir.resolve("err.txt"))).contains("workprivacy decision service stopped");
        } finally {
            serve.destroyForcibly();
        }
    }

    /** Reads /metrics until it counts our request in flight besides the scrape itself. */
    private static void awaitInFlight(URI uri) throws IOException {
        while (!get(uri, "/metrics").contains("workprivacy_requests_in_flight 2.0")) {
            Thread.onSpinWait();
        }
    }

    private static String get(URI uri, String path) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String decide(URI uri, byte[] body) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        }
    }

    /** Asks for health until the service answers 503: it is draining, our request still in flight. */
    private static void awaitStopping(URI uri) throws IOException {
        while (true) {
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                if (new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII).equals("HTTP/1.1 503")) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aNonLoopbackAddressNeedsTokensOrInsecure() {
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--token-file FILE").contains("--insecure");
    }

    @Test
    void aTokenFileWithoutTokensIsAUsageError() throws IOException {
        Path tokens = Files.writeString(dir.resolve("tokens"), "# none yet\n");
        CliRun run = CliRun.of("serve", "--host", "0.0.0.0", "--port", "0", "--token-file", tokens.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("holds no token");
    }
}
