package org.workprivacy.rules.drools.decide;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.ruleset.RulesWatch;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Reloads rules when their directory changes: the one watcher of the project (the engine's and the
 * service's), given out as a {@link RulesWatch} by {@code org.workprivacy.rules.drools.DecisionEngines}. It polls a fingerprint of the rule files' names and contents, which sees edits made through
 * network shares and by editors that replace files, where file-system events and timestamps can miss them.
 *
 * <p>A change is loaded only once the directory has stayed unchanged for a settle period: an editor or a
 * copy that writes a file in several steps would otherwise be loaded half-written, and a half-written
 * rule file can compile and decide wrongly (a rule cut off at its end is simply missing). The files are
 * then read in one consistent pass ({@link RuleSetFiles#fromDirectory}). A change is reloaded once,
 * broken or not; the reload itself keeps the last good rules when the edit is broken. Saving atomically
 * (write a temporary file, then rename it) is still the way to be safe: see docs/authoring.md.
 */
public final class RuleSetWatcher implements RulesWatch {
    /** How long the directory must stay unchanged before a change is loaded, unless told otherwise. */
    public static final Duration DEFAULT_SETTLE = RulesWatch.DEFAULT_SETTLE;
    /** How often the directory is looked at, unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = RulesWatch.DEFAULT_INTERVAL;

    private final Path directory;
    private final long settleNanos;
    private final Supplier<Optional<ReloadResult>> reload;
    private final Consumer<ReloadResult> onReload;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rule-set-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private String lastSeen;
    private String lastLoaded;
    private long changedAt;

    /**
     * A watcher of {@code directory} that calls {@code reload} (empty: nothing to reload) once a change has
     * settled, and tells {@code onReload} about every reload that changed the rules or failed. It does not
     * poll until {@link #start(Duration)}; {@link #poll(long)} looks once.
     */
    public RuleSetWatcher(Path directory, Duration settle, Supplier<Optional<ReloadResult>> reload,
                          Consumer<ReloadResult> onReload) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.settleNanos = Objects.requireNonNull(settle, "settle").toNanos();
        this.reload = Objects.requireNonNull(reload, "reload");
        this.onReload = Objects.requireNonNull(onReload, "onReload");
        this.lastSeen = RuleSetFiles.fingerprint(directory);
        this.lastLoaded = lastSeen;
    }

    /** Starts watching {@code directory}, the rules of {@code engine}, polling every {@code interval}. */
    public static RuleSetWatcher start(Path directory, ReloadableEngine engine, Duration interval, Duration settle,
                                       Consumer<ReloadResult> onReload) {
        Objects.requireNonNull(engine, "engine");
        return new RuleSetWatcher(directory, settle, () -> Optional.of(engine.reload()), onReload).start(interval);
    }

    /** Polls every {@code interval} on a daemon thread until closed. */
    @Override
    public RuleSetWatcher start(Duration interval) {
        long millis = Math.max(1, interval.toMillis());
        scheduler.scheduleWithFixedDelay(this::pollQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /**
     * Looks once, at time {@code nowNanos} ({@link System#nanoTime()}): reloads, and returns what the
     * reload did, when the directory changed since the last reload and has not changed for the settle period.
     */
    @Override
    public synchronized Optional<ReloadResult> poll(long nowNanos) {
        String fingerprint = RuleSetFiles.fingerprint(directory);
        if (!fingerprint.equals(lastSeen)) {
            lastSeen = fingerprint;
            changedAt = nowNanos;
        }
        if (fingerprint.equals(lastLoaded) || nowNanos - changedAt < settleNanos) {
            return Optional.empty();
        }
        lastLoaded = fingerprint;
        Optional<ReloadResult> result = reload.get();
        result.filter(r -> r.changed() || r.failed()).ifPresent(onReload); // an editor touching a file is no news
        return result;
    }

    private void pollQuietly() {
        try {
            poll(System.nanoTime());
        } catch (RuntimeException e) {
            // Keep polling: the next edit may fix it. The reload reports its own problems.
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
