package org.workprivacy.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.ruleset.CheckReport;
import org.workprivacy.rules.drools.DecisionEngines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a rules directory and reports every problem as file:line[:column]: message.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    RuleFilesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path directory = rules.directory();
        CheckReport report = directory == null ? DecisionEngines.checkBundled() : DecisionEngines.check(directory);
        report.problems().forEach(p -> out.println(p.located()));
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        out.println(errors == 0 ? "ok: " + report.rules() + " has no errors (" + warnings + " warnings)"
                : errors + " error(s), " + warnings + " warning(s) in " + report.rules());
        out.flush();
        return errors == 0 ? ExitCode.OK : ExitCode.FAILED;
    }
}
