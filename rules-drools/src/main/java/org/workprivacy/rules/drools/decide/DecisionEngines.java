package org.workprivacy.rules.drools.decide;

import java.nio.file.Path;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Builds the Drools engines, for the public entry {@link org.workprivacy.rules.drools.DecisionEngines} and
 * for the project's own tools (service, command line, benchmarks) that read the compiled rule set.
 * Internal: embedders use the entry, which gives only rules-api types.
 */
public final class DecisionEngines {
    private DecisionEngines() {
    }

    private static DroolsDecisionEngine bundled;

    /**
     * The engine on the rules bundled with the library, compiled on first use and then shared (it is
     * immutable). A failure is thrown as {@link org.workprivacy.rules.api.ruleset.RuleSetException} with
     * its located problems, and retried on the next call.
     */
    public static synchronized DroolsDecisionEngine bundled() {
        if (bundled == null) {
            bundled = new DroolsDecisionEngine(new RuleSetHolder(RuleSetFiles::fromClasspath, new RuleSetCompiler()::load));
        }
        return bundled;
    }

    /** An engine on an already compiled rule set (used by check and test). */
    public static DroolsDecisionEngine of(RuleSet ruleSet) {
        return new DroolsDecisionEngine(new RuleSetHolder(ruleSet));
    }

    /**
     * An engine on the rule files below {@code directory}; {@link ReloadableEngine#reload()} rereads it.
     * Each build must finish within {@link BuildTimeLimit#DEFAULT}, or it is refused as broken. A rule set
     * that does not compile is thrown as {@link org.workprivacy.rules.api.ruleset.RuleSetException}.
     */
    public static ReloadableEngine fromDirectory(Path directory) {
        return fromDirectory(directory, BuildTimeLimit.DEFAULT);
    }

    /**
     * As {@link #fromDirectory(Path)}, with builds bounded by {@code limit}; gives the Drools engine, whose
     * {@link DroolsDecisionEngine#ruleSet()} tools such as analysis and the casebook runner read.
     */
    public static DroolsDecisionEngine fromDirectory(Path directory, BuildTimeLimit limit) {
        RuleSetCompiler compiler = new RuleSetCompiler();
        return new DroolsDecisionEngine(new RuleSetHolder(() -> RuleSetFiles.fromDirectory(directory),
                files -> limit.run(files.origin(), () -> compiler.compile(files))));
    }

    /**
     * The rulebook of the rule set {@code engine} decides with now: every rule with its sentences, code,
     * messages and legal basis, grouped by scenario, and the casebook cases beside the rules, run on it, with
     * the rules each fires. Runs every case, so take it once per rule-set version.
     *
     * @param engine an engine built here
     * @throws IllegalArgumentException for an engine of another implementation, whose rule files are unknown
     */
    public static Rulebook rulebook(DecisionEngine engine) {
        if (!(engine instanceof DroolsDecisionEngine drools)) {
            throw new IllegalArgumentException("a rulebook is read from an engine built by DecisionEngines, not from "
                    + engine.getClass().getName());
        }
        return RulebookBuilder.of(drools.pinned());
    }
}
