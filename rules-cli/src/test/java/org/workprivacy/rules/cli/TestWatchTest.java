package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** {@code test --watch}: a saved edit is tested again in the same process, and the end of input stops it. */
class TestWatchTest {
    private static final String OOO_DSLR = "org/workprivacy/rules/outofoffice/out-of-office.dslr";

    @TempDir
    Path dir;

    /** Out-of-office only, with the shared decision language and messages: one scenario keeps the test short. */
    private Path outOfOfficeRules() throws IOException {
        for (RuleFile file : RuleSetFiles.fromClasspath().files()) {
            if (file.path().contains("/rules/") && !file.path().contains("/outofoffice/") && !file.path().endsWith("rules/verdict.dsl")) {
                continue;
            }
            Path target = dir.resolve("rules").resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        return dir.resolve("rules");
    }

    /** Saved as editors should save: a new file renamed over the old one. */
    private void save(Path rules, String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String content = Files.readString(path);
        assertThat(content).contains(from);
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        Files.writeString(temporary, content.replace(from, to));
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSavedEditIsTestedAgainAndTheEndOfInputStops() throws Exception {
        Path rules = outOfOfficeRules();
        Lines out = new Lines();
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typing);
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Main.run(in,
                new PrintWriter(out, true), new PrintWriter(err, true), "test", "--quiet", "--watch", "--watch-settle", "0",
                rules.toString()));

        List<String> first = out.until("watching ");
        assertThat(first).anyMatch(l -> l.matches("\\d+ passed, 0 failed"));

        // A lawyer decides a password reset is never acceptable: the permission becomes a prohibition.
        save(rules, OOO_DSLR, "    - a server-side reply is not possible\n    - nobody opens any mail\nthen\n    allow",
                "    - a server-side reply is not possible\n    - nobody opens any mail\nthen\n    deny");
        List<String> rerun = out.until("passed, ");
        assertThat(rerun.get(0)).isEmpty();
        assertThat(rerun.get(1)).startsWith("== changed: tested out-of-office again (built and run in ");
        assertThat(rerun).anyMatch(l -> l.startsWith(
                        "FAIL org/workprivacy/rules/outofoffice/out-of-office.casebook.yaml: Password reset as a last resort"))
                .anyMatch(l -> l.startsWith("coverage: "))
                .last().matches(l -> l.matches("\\d+ passed, [1-9]\\d* failed"));

        typing.close();
        assertThat(exit.get(1, TimeUnit.MINUTES)).as(err.toString()).isEqualTo(ExitCode.FAILED);
    }

    @Test
    void watchingNeedsADirectory() {
        CliRun run = CliRun.of("test", "--watch");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--watch needs a rules directory DIR");
    }

    /** What the command prints, line by line, for a test to wait on. */
    private static final class Lines extends Writer {
        private final StringBuilder partial = new StringBuilder();
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    lines.add(partial.toString());
                    partial.setLength(0);
                } else if (chars[i] != '\r') {
                    partial.append(chars[i]);
                }
            }
        }

        /** The lines up to and including the first that contains {@code text}. */
        List<String> until(String text) throws InterruptedException {
            List<String> seen = new ArrayList<>();
            while (true) {
                String line = lines.poll(2, TimeUnit.MINUTES);
                assertThat(line).as("waiting for \"" + text + "\" after " + seen).isNotNull();
                seen.add(line);
                if (line.contains(text)) {
                    return seen;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
