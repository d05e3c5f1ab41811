package org.workprivacy.rules.cli;

import java.nio.file.Path;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.drools.DecisionEngines;
import picocli.CommandLine.Option;

/** Which rule set to decide with: the one bundled in the jar, or a directory legal staff edit ({@code --rules DIR}). */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of rule files (.drl/.dslr/.dsl, messages, casebooks). Default: the rules bundled in the jar.")
    Path directory;

    DecisionEngine engine() {
        return directory == null ? DecisionEngines.bundled() : DecisionEngines.fromDirectory(directory);
    }
}
