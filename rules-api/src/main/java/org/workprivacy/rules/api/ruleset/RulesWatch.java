package org.workprivacy.rules.api.ruleset;

import java.time.Duration;
import java.util.Optional;

/**
 * Watches a rules directory and reloads when it changed and has stayed unchanged for a settle period
 * (so a file being written is never loaded half-written). Closing it stops the polling.
 */
public interface RulesWatch extends AutoCloseable {
    /** How long the directory must stay unchanged before a change is loaded, unless told otherwise. */
    Duration DEFAULT_SETTLE = Duration.ofMillis(500);
    /** How often the directory is looked at, unless told otherwise. */
    Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

    /**
     * Polls every {@code interval} on a daemon thread until closed.
     *
     * @param interval the time between two looks
     * @return this watch
     */
    RulesWatch start(Duration interval);

    /**
     * Looks once, at time {@code nowNanos} ({@link System#nanoTime()}).
     *
     * @param nowNanos the time of this look
     * @return what the reload did, when the directory changed since the last reload and has settled
     */
    Optional<ReloadResult> poll(long nowNanos);

    /** Stops polling. */
    @Override
    void close();
}
