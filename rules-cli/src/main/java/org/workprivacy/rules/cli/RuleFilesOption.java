package org.workprivacy.rules.cli;

import java.nio.file.Path;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import picocli.CommandLine.Parameters;

/** An optional rules directory as a positional argument; the bundled rules when left out. */
final class RuleFilesOption {
    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Rules directory (.drl/.dslr/.dsl, messages, casebooks). Default: the bundled rules.")
    Path directory;

    RuleSetFiles files() {
        return directory == null ? RuleSetFiles.fromClasspath() : RuleSetFiles.fromDirectory(directory);
    }

    String name() {
        return directory == null ? "bundled rules" : directory.toString();
    }
}
