package org.workprivacy.rules.drools.decide;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reloads an engine's rules directory when it changes, by polling its content hash: simple, and it sees
 * edits made through network shares and editors that replace files, which file-system events can miss.
 * Every reload that changed something or failed is reported; a broken edit keeps the last good rules.
 */
public final class RuleSetWatcher implements AutoCloseable {
    private final ScheduledExecutorService scheduler;

    private RuleSetWatcher(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts polling {@code engine}'s rule source every {@code interval}; close to stop. */
    public static RuleSetWatcher start(DroolsDecisionEngine engine, Duration interval, Consumer<ReloadResult> onReload) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(onReload, "onReload");
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rule-set-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        scheduler.scheduleWithFixedDelay(() -> {
            ReloadResult result = engine.reload();
            if (result.changed() || result.failed()) {
                onReload.accept(result);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new RuleSetWatcher(scheduler);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
