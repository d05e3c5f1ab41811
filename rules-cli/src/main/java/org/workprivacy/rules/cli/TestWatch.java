package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.workprivacy.rules.drools.decide.RuleSetWatcher;

/**
 * Runs {@code test} again whenever the rules directory changes, until standard input ends (Ctrl-D, or the
 * pipe closing) or the process is stopped (Ctrl-C). Changes are seen with the project's one watcher
 * ({@link RuleSetWatcher}); the runs happen on one thread this class owns, so the output is never
 * interleaved, and at the end it lets a run in progress finish before the thread stops.
 */
final class TestWatch {
    private TestWatch() {
    }

    /**
     * Runs {@code first}, then watches {@code directory} and calls {@code again} after each settled change; returns
     * the exit code of the last run once {@code in} ends. The directory is fingerprinted before the first run, so an
     * edit saved while it runs is tested too.
     */
    static int run(Path directory, Duration interval, Duration settle, InputStream in, IntSupplier first,
                   Runnable started, IntSupplier test) throws IOException, InterruptedException {
        AtomicInteger last = new AtomicInteger();
        RuleSetWatcher watcher = new RuleSetWatcher(directory, settle, () -> {
            last.set(test.getAsInt());
            return Optional.empty();
        }, result -> { });
        last.set(first.getAsInt());
        started.run();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "workprivacy-test-watch");
            thread.setDaemon(true); // Ctrl-C ends the process whatever the thread is doing
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        poller.scheduleWithFixedDelay(() -> {
            try {
                watcher.poll(System.nanoTime());
            } catch (RuntimeException e) {
                // An unreadable directory mid-edit: the next poll tries again.
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        try {
            while (in.read() >= 0) {
                // Only the end of the input matters: typed lines are ignored.
            }
        } finally {
            poller.shutdown(); // no new runs; a run in progress finishes and prints its whole report
            poller.awaitTermination(1, TimeUnit.MINUTES);
        }
        return last.get();
    }
}
