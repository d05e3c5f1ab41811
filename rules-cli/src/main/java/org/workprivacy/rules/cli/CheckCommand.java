package org.workprivacy.rules.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.analysis.InvariantReader;
import org.workprivacy.rules.drools.check.RuleSetChecker;
import org.workprivacy.rules.drools.load.BuildTimeLimit;
import org.workprivacy.rules.drools.load.RuleSetFiles;
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
        List<RuleProblem> problems;
        try {
            RuleSetFiles files = rules.files();
            problems = new java.util.ArrayList<>(BuildTimeLimit.DEFAULT.run(files.origin(), () -> new RuleSetChecker().check(files)));
            problems.addAll(new InvariantReader().problems(files));
        } catch (RuleSetException e) {
            problems = e.problems().isEmpty()
                    ? List.of(new RuleProblem(RuleProblem.Severity.ERROR, rules.name(), 0, 0, e.getMessage()))
                    : e.problems();
        }
        problems.forEach(p -> out.println(p.located()));
        long errors = problems.stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).count();
        out.println(errors == 0 ? "ok: " + rules.name() + " has no errors (" + (problems.size() - errors) + " warnings)"
                : errors + " error(s), " + (problems.size() - errors) + " warning(s) in " + rules.name());
        out.flush();
        return errors == 0 ? ExitCode.OK : ExitCode.FAILED;
    }
}
