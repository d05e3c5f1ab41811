package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's refusals; the service itself is tested over a socket in rules-service. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void watchWithoutARulesDirectoryIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "0", "--watch");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--watch needs --rules DIR");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("port: must be 0 (any free port) to 65535");
    }

    @Test
    void aPortInUseCannotBeServed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_SERVE);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void brokenRulesAreARuleError() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"r\" when then end end\n");
        CliRun run = CliRun.of("serve", "--port", "0", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.err()).contains("broken.drl:2");
    }
}
