package org.workprivacy.rules.drools.decide;

import java.nio.file.Path;
import org.workprivacy.rules.drools.load.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** Builds decision engines: from the rule set bundled in the jar, or from a directory legal staff edit. */
public final class DecisionEngines {
    private DecisionEngines() {
    }

    /** An engine on the rules bundled with the library. Build once and share. */
    public static DroolsDecisionEngine bundled() {
        return new DroolsDecisionEngine(new RuleSetHolder(RuleSetFiles::fromClasspath, new RuleSetCompiler()));
    }

    /** An engine on the rule files below {@code directory}; {@link DroolsDecisionEngine#reload()} rereads it. */
    public static DroolsDecisionEngine fromDirectory(Path directory) {
        return new DroolsDecisionEngine(new RuleSetHolder(() -> RuleSetFiles.fromDirectory(directory), new RuleSetCompiler()));
    }
}
