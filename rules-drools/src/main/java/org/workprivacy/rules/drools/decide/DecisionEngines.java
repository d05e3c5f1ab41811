package org.workprivacy.rules.drools.decide;

import java.nio.file.Path;
import org.workprivacy.rules.drools.load.RuleSet;
import org.workprivacy.rules.drools.load.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** Builds decision engines: from the rule set bundled in the jar, or from a directory legal staff edit. */
public final class DecisionEngines {
    private DecisionEngines() {
    }

    /** The engine on the rules bundled with the library, built on first use and shared (it is immutable). */
    public static DroolsDecisionEngine bundled() {
        return Bundled.ENGINE;
    }

    /**
     * Lazy holder: the bundled rules are loaded once per JVM, when first asked for, from the executable
     * model precompiled at build time (or compiled from DRL when there is none for these files).
     */
    private static final class Bundled {
        static final DroolsDecisionEngine ENGINE = new DroolsDecisionEngine(
                new RuleSetHolder(RuleSetFiles::fromClasspath, new RuleSetCompiler()::load));
    }

    /** An engine on an already compiled rule set (used by check and test). */
    public static DroolsDecisionEngine of(RuleSet ruleSet) {
        return new DroolsDecisionEngine(new RuleSetHolder(ruleSet));
    }

    /** An engine on the rule files below {@code directory}; {@link DroolsDecisionEngine#reload()} rereads it. */
    public static DroolsDecisionEngine fromDirectory(Path directory) {
        return new DroolsDecisionEngine(new RuleSetHolder(() -> RuleSetFiles.fromDirectory(directory), new RuleSetCompiler()));
    }
}
