package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.workprivacy.rules.batch.BatchSummary;

/** A one-line progress display on stderr, redrawn at most a few times a second; silent when disabled. */
final class ProgressDisplay {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDrawn = System.nanoTime();
    private boolean drawn;

    ProgressDisplay(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void update(BatchSummary soFar) {
        long now = System.nanoTime();
        if (!enabled || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print("\r" + soFar.lines() + " lines, " + soFar.errors() + " errors, " + soFar.linesPerSecond()
                + " lines/s   ");
        err.flush();
    }

    /** Clears the display line, so the summary stands on a line of its own. */
    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /**
     * Whether standard error is a terminal. {@link System#console()} alone will not do: on Java 17 it is
     * null as soon as standard output is redirected, which is exactly how a batch runs
     * ({@code batch in.jsonl > out.jsonl}). On Linux, /proc tells where file descriptor 2 points.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // Fall back below.
        }
        return System.console() != null;
    }
}
