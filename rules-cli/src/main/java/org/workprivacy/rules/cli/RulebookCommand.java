package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.DecisionEngines;
import org.workprivacy.rules.service.RulebookSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code workprivacy rulebook [--rules DIR] --out SITE_DIR}: the rulebook as static HTML for review meetings and archives. */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Writes the rulebook as static HTML (an index and one page per scenario, with the rule-set"
                + " version and the date) that opens from a file share without running anything.")
final class RulebookCommand implements Callable<Integer> {
    @Mixin
    RuleFilesOption rules;

    @Option(names = "--out", paramLabel = "SITE_DIR", required = true,
            description = "Directory to write the pages into (created if missing; pages of the same names are replaced).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Rulebook rulebook;
        try {
            Path directory = rules.directory();
            rulebook = DecisionEngines.rulebook(directory == null ? DecisionEngines.bundled()
                    : DecisionEngines.fromDirectory(directory));
        } catch (RuleSetException e) {
            err.println("error: the rules cannot be loaded; run `check` for details:\n" + e.getMessage());
            return ExitCode.RULE_ERROR;
        }
        List<Path> written;
        try {
            written = RulebookSite.write(rulebook, out, LocalDate.now(ZoneOffset.UTC).toString());
        } catch (IOException e) {
            err.println("error: cannot write the rulebook to " + out + ": " + e);
            return ExitCode.OUTPUT_FAILED;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("rulebook of " + rules.name() + " (version " + rulebook.ruleSetVersion() + "): "
                + rulebook.rules().size() + " rules in " + rulebook.scenarios().size() + " scenarios; open "
                + written.get(0));
        rulebook.problems().forEach(p -> err.println("warning: " + p));
        stdout.flush();
        return ExitCode.OK;
    }
}
