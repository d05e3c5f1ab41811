package org.workprivacy.rules.drools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.casebook.TestReport;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.ruleset.CheckReport;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.ruleset.RulesWatch;
import org.workprivacy.rules.drools.decide.RuleSetWatcher;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The one public entry of rules-drools: engines on the bundled rules or on a rules directory, a watch
 * that reloads on edits, and the check and the test of a rules directory. Everything it gives is a rules-api type, so an embedder's
 * code names no Drools type and no class of this library's other packages (they are internal).
 */
public final class DecisionEngines {
    private DecisionEngines() {
    }

    /**
     * The engine on the rules bundled with the library, compiled on first use and then shared (it is
     * immutable and safe to share between threads).
     *
     * @return the engine on the bundled rules
     * @throws org.workprivacy.rules.api.ruleset.RuleSetException when the bundled rules fail to load (retried
     *                                                            on the next call)
     */
    public static DecisionEngine bundled() {
        return org.workprivacy.rules.drools.decide.DecisionEngines.bundled();
    }

    /**
     * An engine on the rule files below {@code directory}; {@link ReloadableEngine#reload()} rereads them.
     * A build that takes too long is refused as broken.
     *
     * @param directory the rules directory legal staff edit
     * @return the engine, deciding with the rules as they are now
     * @throws org.workprivacy.rules.api.ruleset.RuleSetException when the rules do not compile, with every
     *                                                            problem located as {@code file:line:column}
     */
    public static ReloadableEngine fromDirectory(Path directory) {
        return org.workprivacy.rules.drools.decide.DecisionEngines.fromDirectory(Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Watches {@code directory}, the rules of {@code engine}, and reloads {@code engine} once a change has
     * settled; {@code onReload} hears of every reload that changed the rules or was refused. Polls every
     * {@link RulesWatch#DEFAULT_INTERVAL} until closed.
     *
     * @param directory the rules directory {@code engine} was built on
     * @param engine    the engine to reload
     * @param onReload  told about each reload that changed the rules or failed
     * @return the running watch; close it to stop
     */
    public static RulesWatch watch(Path directory, ReloadableEngine engine, Consumer<ReloadResult> onReload) {
        Objects.requireNonNull(engine, "engine");
        return watcher(directory, RulesWatch.DEFAULT_SETTLE, () -> Optional.of(engine.reload()), onReload)
                .start(RulesWatch.DEFAULT_INTERVAL);
    }

    /**
     * A watch of {@code directory} that calls {@code reload} once a change has settled for {@code settle}
     * (for callers that reload through their own code, such as a service that also counts reloads). It
     * does not poll until {@link RulesWatch#start(Duration)}; {@link RulesWatch#poll(long)} looks once.
     *
     * @param directory the rules directory
     * @param settle    how long the directory must stay unchanged before a change is loaded
     * @param reload    reloads the rules; empty when there is nothing to reload
     * @param onReload  told about each reload that changed the rules or failed
     * @return the watch, not yet polling
     */
    public static RulesWatch watcher(Path directory, Duration settle, Supplier<Optional<ReloadResult>> reload,
                                     Consumer<ReloadResult> onReload) {
        return new RuleSetWatcher(directory, settle, reload, onReload);
    }

    /**
     * Checks the rules below {@code directory}, like {@code opa check}: compile errors, rules without
     * reason code or legal basis, missing texts, broken casebooks and invariants, rules no case fires.
     *
     * @param directory the rules directory
     * @return every problem found, located as {@code file:line:column}
     */
    public static CheckReport check(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return RuleChecks.check(directory.toString(), () -> RuleSetFiles.fromDirectory(directory));
    }

    /**
     * Checks the bundled rules as {@link #check(Path)} checks a directory.
     *
     * @return every problem found in the bundled rules
     */
    public static CheckReport checkBundled() {
        return RuleChecks.check("bundled rules", RuleSetFiles::fromClasspath);
    }

    /**
     * Runs the casebooks beside the rules below {@code directory}, like {@code opa test}, and checks the
     * invariants on every situation.
     *
     * @param directory the rules directory
     * @return each case passed or failed, rule and legal-basis coverage, and the invariants
     * @throws org.workprivacy.rules.api.ruleset.RuleSetException when the rules, casebooks or invariants
     *                                                            cannot be read
     */
    public static TestReport test(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return RuleChecks.test(() -> RuleSetFiles.fromDirectory(directory));
    }

    /**
     * Tests the bundled rules as {@link #test(Path)} tests a directory.
     *
     * @return each case passed or failed, coverage, and the invariants
     */
    public static TestReport testBundled() {
        return RuleChecks.test(RuleSetFiles::fromClasspath);
    }

    /**
     * The rulebook of the rule set {@code engine} decides with now: every rule with its sentences, code,
     * messages and legal basis, grouped by scenario, and the casebook cases run on it, with the rules each
     * fires. Runs every case, so take it once per rule-set version.
     *
     * @param engine an engine built by this class
     * @return the rulebook, engine-free
     * @throws IllegalArgumentException for an engine of another implementation, whose rule files are unknown
     */
    public static Rulebook rulebook(DecisionEngine engine) {
        return org.workprivacy.rules.drools.decide.DecisionEngines.rulebook(engine);
    }
}
