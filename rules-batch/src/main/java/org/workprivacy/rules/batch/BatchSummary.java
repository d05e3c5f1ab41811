package org.workprivacy.rules.batch;

import java.time.Duration;
import java.util.Locale;

/**
 * Counts of a batch run. {@code errors} are lines without a verdict (bad lines and rule failures);
 * {@code ruleFailures} the part of them where a rule failed on a valid situation.
 */
public record BatchSummary(long lines, long decisions, long allowed, long denied, long errors, long ruleFailures,
                           Duration elapsed) {

    public static BatchSummary empty() {
        return new BatchSummary(0, 0, 0, 0, 0, 0, Duration.ZERO);
    }

    BatchSummary plus(LineResult result) {
        if (result instanceof LineResult.Decided decided) {
            boolean allowedOne = decided.verdict().allowed();
            return new BatchSummary(lines + 1, decisions + 1, allowed + (allowedOne ? 1 : 0),
                    denied + (allowedOne ? 0 : 1), errors, ruleFailures, elapsed);
        }
        boolean ruleFailure = ((LineResult.Failed) result).ruleFailure();
        return new BatchSummary(lines + 1, decisions, allowed, denied, errors + 1,
                ruleFailures + (ruleFailure ? 1 : 0), elapsed);
    }

    BatchSummary after(Duration elapsedSoFar) {
        return new BatchSummary(lines, decisions, allowed, denied, errors, ruleFailures, elapsedSoFar);
    }

    /** Lines per second over the run so far; 0 before any time has passed. */
    public long linesPerSecond() {
        long nanos = elapsed.toNanos();
        return nanos <= 0 ? 0 : Math.round(lines * 1e9 / nanos);
    }

    /** Whether some lines got an error record instead of a verdict. */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * One line for people, e.g. "1000 lines: 990 decisions (400 allowed, 590 denied), 10 errors; 2.1 s,
     * 476 lines/s"; with errors it says first how many lines have no verdict, so that a run where every
     * line failed cannot pass for a good one.
     */
    public String text() {
        String counts = String.format(Locale.ROOT, "%d lines: %d decisions (%d allowed, %d denied), %d errors%s; %.1f s, %d lines/s",
                lines, decisions, allowed, denied, errors,
                ruleFailures == 0 ? "" : " (" + ruleFailures + " rule failures)",
                elapsed.toNanos() / 1e9, linesPerSecond());
        if (errors == 0) {
            return counts;
        }
        String failed = errors == lines ? "ALL " + lines + " LINES FAILED" : errors + " OF " + lines + " LINES FAILED";
        return failed + " (error records, no verdict). " + counts;
    }
}
