package org.workprivacy.rules.cli;

import java.nio.file.Path;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The rules directory of the authoring commands (check, test, analyze): {@code --rules DIR}, spelled as
 * in decide, explain, batch and serve; the bundled rules when left out. The older positional {@code DIR}
 * still works but is no longer shown, so that scripts written for it keep running.
 */
final class RuleFilesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory (.drl/.dslr/.dsl, messages, casebooks). Default: the bundled rules.")
    Path option;

    @Parameters(paramLabel = "DIR", arity = "0..1", hidden = true, description = "Same as --rules DIR (older spelling).")
    Path positional;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The directory, or null for the bundled rules; both spellings at once must agree. */
    Path directory() {
        if (option != null && positional != null && !option.equals(positional)) {
            throw new ParameterException(command.commandLine(),
                    "two rules directories given: --rules " + option + " and " + positional);
        }
        return option != null ? option : positional;
    }

    RuleSetFiles files() {
        Path directory = directory();
        return directory == null ? RuleSetFiles.fromClasspath() : RuleSetFiles.fromDirectory(directory);
    }

    String name() {
        Path directory = directory();
        return directory == null ? "bundled rules" : directory.toString();
    }
}
