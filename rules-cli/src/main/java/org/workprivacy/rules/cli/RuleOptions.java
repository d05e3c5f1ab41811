package org.workprivacy.rules.cli;

import java.nio.file.Path;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.BuildTimeLimit;
import picocli.CommandLine.Option;

/** Which rule set to use: the one bundled in the jar, or a directory legal staff edit. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of rule files (.drl/.dslr/.dsl, messages, casebooks). Default: the rules bundled in the jar.")
    Path directory;

    DroolsDecisionEngine engine() {
        return directory == null ? DecisionEngines.bundled() : DecisionEngines.fromDirectory(directory, BuildTimeLimit.DEFAULT);
    }
}
