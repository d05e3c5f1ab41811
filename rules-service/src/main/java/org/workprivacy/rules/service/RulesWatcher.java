package org.workprivacy.rules.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.ruleset.RulesWatch;
import org.workprivacy.rules.drools.DecisionEngines;

/**
 * Reloads the served rules when their directory changes, with the engine's one watcher
 * ({@link DecisionEngines#watcher}: a fingerprint of the files' contents, a change loaded only once it has settled),
 * reporting each reload that changed the rules or failed on {@code log}.
 */
public final class RulesWatcher implements AutoCloseable {
    /** How often {@link #start()} polls. */
    public static final Duration INTERVAL = RulesWatch.DEFAULT_INTERVAL;

    private final RulesWatch watcher;

    /** Watches with the default settle period ({@link RulesWatch#DEFAULT_SETTLE}). */
    public RulesWatcher(Path directory, ServedRules rules, Consumer<String> log) {
        this(directory, rules, log, RulesWatch.DEFAULT_SETTLE);
    }

    public RulesWatcher(Path directory, ServedRules rules, Consumer<String> log, Duration settle) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(log, "log");
        this.watcher = DecisionEngines.watcher(directory, settle, rules::reload,
                r -> log.accept(ReloadReport.describe("rules directory changed", r)));
    }

    /** Polls every {@link #INTERVAL} until closed. */
    public void start() {
        watcher.start(INTERVAL);
    }

    /** Looks once; reloads and returns what the reload did if the directory changed and has settled. */
    public Optional<ReloadResult> poll() {
        return watcher.poll(System.nanoTime());
    }

    @Override
    public void close() {
        watcher.close();
    }
}
