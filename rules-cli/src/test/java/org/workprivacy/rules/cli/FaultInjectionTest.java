package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.batch.SituationGenerator;

/**
 * Faults injected on the command line's output, decision log and input (issue 12): a full device, a pipe
 * closed by the reader, a decision log on a full device, input too big to hold. Each case checks the exit
 * code, the message, and that the decision log claims no verdict that was not delivered. docs/reliability.md
 * lists them with their measured figures.
 */
class FaultInjectionTest {
    private static final Path FULL = Path.of("/dev/full");
    private static final String EXAMPLE = Path.of("../rules-examples/examples", "out-of-office", "server-side-auto-reply.json").toString();

    @TempDir
    Path dir;

    @BeforeAll
    static void linux() {
        assumeTrue(Files.exists(FULL), "needs /dev/full (Linux)");
    }

    /** A run whose stdout is {@code output}, as {@link Main#run(String...)} gives a real process. */
    private static CliRun runTo(OutputStream output, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), true),
                new PrintWriter(err, true), args);
        return new CliRun(code, "", err.toString());
    }

    /** Accepts {@code capacity} bytes, then fails every write as a pipe whose reader has gone does. */
    private static final class ClosingPipe extends OutputStream {
        private final StringBuilder received = new StringBuilder();
        private final int capacity;

        ClosingPipe(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int room = capacity - received.length();
            received.append(new String(bytes, offset, Math.min(room, length), StandardCharsets.ISO_8859_1));
            if (length > room) {
                throw new IOException("Broken pipe");
            }
        }

        /** Lines received whole (with their line ending). */
        long wholeLines() {
            return received.chars().filter(c -> c == '\n').count();
        }
    }

    private Path generated(int lines) throws IOException {
        SituationGenerator generator = new SituationGenerator(7, 0);
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= lines; n++) {
            text.append(generator.line(n)).append('\n');
        }
        return Files.writeString(dir.resolve("situations.jsonl"), text);
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    @Test
    void aVerdictWrittenToAFullDeviceIsExitCode6AndNotLogged() throws IOException {
        Path log = dir.resolve("decisions.log");
        CliRun run = runTo(new FileOutputStream(FULL.toFile()), "decide", "--decision-log", log.toString(), EXAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.err()).contains("the output could not be written (closed pipe or full disk)");
        assertThat(lines(log)).as("no verdict was delivered, so none is logged").isZero();
    }

    @Test
    void everyCommandReportsOutputToAFullDeviceAsExitCode6() throws IOException {
        Path rules = dir.resolve("rules");
        List<String[]> commands = List.of(
                new String[] {"explain", EXAMPLE},
                new String[] {"schema"},
                new String[] {"check"},
                new String[] {"test"},
                new String[] {"init", rules.toString()},
                new String[] {"generate", "10"},
                new String[] {"batch", generated(3).toString()},
                new String[] {"--help"});
        for (String[] command : commands) {
            CliRun run = runTo(new FileOutputStream(FULL.toFile()), command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(ExitCode.OUTPUT_FAILED);
            assertThat(run.err()).as(String.join(" ", command)).contains("the output could not be written");
        }
    }

    @Test
    void aDecisionLogOnAFullDeviceIsExitCode6() throws IOException {
        CliRun decide = CliRun.of("decide", "--decision-log", FULL.toString(), EXAMPLE);
        assertThat(decide.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(decide.err()).contains("the decision log /dev/full could not be written: No space left on device");

        CliRun batch = CliRun.of("batch", "--decision-log", FULL.toString(), generated(300).toString());
        assertThat(batch.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(batch.err()).contains("cannot write the decision log /dev/full: No space left on device")
                .contains("the batch stopped").doesNotContain("summary:");
    }

    @Test
    void aPipeClosedByItsReaderStopsTheBatchAndTheLogHoldsOnlyDeliveredLines() throws IOException {
        Path input = generated(5_000);
        Path log = dir.resolve("decisions.log");
        ClosingPipe pipe = new ClosingPipe(200_000); // about 250 result lines, then the reader goes away

        CliRun run = runTo(pipe, "batch", "--threads", "2", "--decision-log", log.toString(), input.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.err()).contains("the output could not be written (closed pipe or full disk); the batch stopped after")
                .doesNotContain("summary:");
        long delivered = Long.parseLong(run.err().replaceAll("(?s).*stopped after (\\d+) delivered lines.*", "$1"));
        assertThat(delivered).isPositive().isLessThan(5_000).isLessThanOrEqualTo(pipe.wholeLines());
        // Every input line here is a valid situation, so each delivered line is one decision.
        assertThat(lines(log)).as("the log never claims more than what was delivered").isEqualTo(delivered);
    }

    @Test
    void aRuleThatWouldHangIsRefusedQuicklyByCheckAndDecide() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("hanging"));
        Files.writeString(rules.resolve("messages_en.properties"), "t-allow=allowed\n");
        Files.writeString(rules.resolve("t.dsl"), """
                [when]there is an out-of-office question=OutOfOffice()
                [when]- the basis is ((((x+)+)+)+)+!=action != null
                [then]allow=verdict.allow(kcontext);
                """);
        Files.writeString(rules.resolve("t.dslr"), """
                package test;
                import org.workprivacy.rules.api.situation.OutOfOffice;
                global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
                rule "r" @code("t-allow") @legalBasis("GDPR art. 5")
                when
                    there is an out-of-office question
                    - the basis is xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                then
                    allow
                end
                """);
        CliRun check = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("check", "--rules", rules.toString()));
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).contains("t.dsl:2:22: DSL sentence: `(` has a special meaning");
        CliRun decide = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("decide", "--rules", rules.toString(), EXAMPLE));
        assertThat(decide.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(decide.err()).contains("t.dsl:2:22: DSL sentence");
        assertThat(decide.out()).isEmpty();
    }

    // ---- as a real process: what System.out used to swallow, and what used to run out of memory

    @Test
    void decideReadsNoMoreThanTheLimitOfAnEndlessInput() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        for (String command : List.of("decide", "explain")) {
            int code = CliProcess.run(out.toFile(), err.toFile(), List.of("-Xmx64m"), command, "/dev/zero");
            assertThat(Files.readString(err)).as(command).doesNotContain("OutOfMemoryError")
                    .contains("error: cannot read /dev/zero: the input is longer than 1048576 bytes");
            assertThat(code).as(command).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(Files.readString(out)).isEmpty();
        }
    }

    @Test
    void aRealProcessWritingToAFullDeviceExitsWith6() throws Exception {
        Path log = dir.resolve("decisions.log");
        Path err = dir.resolve("err.txt");
        int code = CliProcess.run(FULL.toFile(), err.toFile(), List.of(), "decide", "--decision-log", log.toString(), EXAMPLE);
        assertThat(code).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(Files.readString(err)).contains("the output could not be written");
        assertThat(lines(log)).isZero();
    }

    @Test
    void aRealBatchWhoseReaderStopsAfterOneLineStopsWith6() throws Exception {
        Path input = generated(20_000);
        Path log = dir.resolve("decisions.log");
        Path err = dir.resolve("err.txt");
        Process process = CliProcess.builder(List.of(), "batch", "--decision-log", log.toString(), input.toString())
                .redirectError(err.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("{\"line\":1,"); // `| head -1`
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(ExitCode.OUTPUT_FAILED);
        String stderr = Files.readString(err);
        assertThat(stderr).contains("the batch stopped after").doesNotContain("summary:");
        long delivered = Long.parseLong(stderr.replaceAll("(?s).*stopped after (\\d+) delivered lines.*", "$1"));
        assertThat(delivered).isLessThan(20_000);
        assertThat(lines(log)).isEqualTo(delivered);
    }

    @Test
    void aBatchOfMegabyteLinesOnSixteenThreadsFitsIn32Megabytes() throws Exception {
        int count = 40;
        StringBuilder text = new StringBuilder();
        String situation = "{\"scenario\":\"out-of-office\",\"facts\":{\"action\":\"search-mail\"}";
        for (int n = 0; n < count; n++) {
            // A valid situation padded with spaces to just under 1 MiB: read, parsed and decided in full.
            text.append(situation).append(" ".repeat((1 << 20) - situation.length() - 2)).append("}\n");
        }
        Path input = Files.writeString(dir.resolve("huge.jsonl"), text);
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        int code = CliProcess.run(out.toFile(), err.toFile(), List.of("-Xmx32m"), "batch", "--threads", "16",
                input.toString());
        assertThat(Files.readString(err)).doesNotContain("OutOfMemoryError").contains("summary: 40 lines: 40 decisions");
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(lines(out)).isEqualTo(count);
    }
}
