package org.workprivacy.rules.drools.compile;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;

/**
 * Runs a rule-set build (or check) on a thread of its own and gives up waiting after a time limit, so that
 * a rule set that makes the compiler hang is refused like any broken rule set and the caller (a reload, the
 * watcher, {@code check}) goes on. The sandbox refuses everything known to hang; this is the backstop for
 * what it does not know.
 *
 * <p>Java cannot stop a thread safely, so a build that hangs is abandoned, not stopped: its thread is a
 * daemon, keeps one core busy until the process ends, and is counted in {@link #abandoned()}. A reload
 * does not build the same files twice ({@code RuleSetHolder} remembers the failure), so edits cannot pile
 * them up.
 */
public final class BuildTimeLimit {
    /** The default limit: a rule set builds in seconds even on a loaded machine; a minute means it hangs. */
    public static final BuildTimeLimit DEFAULT =
            new BuildTimeLimit(Duration.ofSeconds(Long.getLong("workprivacy.buildTimeLimitSeconds", 60)));

    private static final AtomicInteger ABANDONED = new AtomicInteger();
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration limit;

    public BuildTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, was " + limit);
        }
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /**
     * The build's result, or {@link RuleSetException} located at {@code origin} when it took longer than
     * the limit. The build's own exceptions are thrown as they are.
     */
    public <T> T run(String origin, Supplier<T> build) {
        FutureTask<T> task = new FutureTask<>(build::get);
        Thread thread = new Thread(task, "rule-set-build-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            ABANDONED.incrementAndGet();
            throw new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, origin, 0, 0,
                    "building the rules did not finish within " + (limit.toMillis() % 1000 == 0
                            ? limit.toSeconds() + " s" : limit.toMillis() + " ms") + " and was given up; a rule"
                            + " or a .dsl sentence probably makes the compiler hang (the rules in use stay)")));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuleSetException("interrupted while building the rules", e);
        } catch (CancellationException e) {
            throw new RuleSetException("the rule build was cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RuleSetException("building the rules failed: " + cause, cause);
        }
    }

    /** Builds given up on in this process so far (their threads may still be running). */
    public static int abandoned() {
        return ABANDONED.get();
    }
}
