package org.workprivacy.rules.service;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.drools.DecisionEngines;
import org.workprivacy.rules.api.ruleset.ReloadResult;

/** The rules the service decides with: the ones bundled in the jar, or a directory that can be reloaded. */
public interface ServedRules {

    /**
     * An engine fixed on the rule set deciding now. A request decides wholly with it, so even a batch
     * never mixes two rule-set versions when a reload happens halfway.
     */
    DecisionEngine snapshot();

    /** The version of the rule set deciding now. */
    String version();

    /**
     * Rereads the rules directory and decides with it from now on if it changed and compiles; a broken
     * edit is reported and the old version keeps deciding. Empty when the rules cannot be reloaded.
     */
    Optional<ReloadResult> reload();

    /**
     * Calls {@code listener} after every reload, whoever asked for it (the endpoint or a watcher). Rules
     * that cannot be reloaded never call it.
     */
    default void onReload(Consumer<ReloadResult> listener) {
    }

    /**
     * The rulebook of the rules deciding now: their texts and the casebook cases run on them. Runs every
     * case: the page reads it once per rule-set version.
     */
    default Rulebook rulebook() {
        return DecisionEngines.rulebook(snapshot());
    }

    /** The rules bundled in the jar; they cannot be reloaded. */
    static ServedRules bundled() {
        return new EngineRules(DecisionEngines.bundled(), Optional.empty(), new CopyOnWriteArrayList<>());
    }

    /** The rule files below {@code directory}, compiled now; {@link #reload()} rereads them. */
    static ServedRules directory(Path directory) {
        ReloadableEngine engine = DecisionEngines.fromDirectory(directory);
        return new EngineRules(engine, Optional.of(engine), new CopyOnWriteArrayList<>());
    }
}
