package org.workprivacy.rules.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.nio.file.Path;
import org.workprivacy.rules.api.casebook.CaseOutcome;
import org.workprivacy.rules.api.casebook.TestReport;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.ruleset.RuleSummary;
import org.workprivacy.rules.drools.DecisionEngines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the casebooks (*.casebook.yaml) beside the rules: pass/fail per case and rule coverage;"
                + " then checks the invariants (*.invariants.yaml) on every situation, as `analyze` does.")
final class TestCommand implements Callable<Integer> {
    @Mixin
    RuleFilesOption rules;

    @Option(names = {"-q", "--quiet"}, description = "Print only failing cases and the summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TestReport report;
        try {
            Path directory = rules.directory();
            report = directory == null ? DecisionEngines.testBundled() : DecisionEngines.test(directory);
        } catch (RuleSetException e) {
            spec.commandLine().getErr().println("error: the rules cannot be loaded; run `check` for details:\n" + e.getMessage());
            return ExitCode.RULE_ERROR;
        }
        for (CaseOutcome result : report.cases()) {
            String where = result.casebook() + ": " + result.name();
            if (result.passed()) {
                if (!quiet) {
                    out.println("PASS " + where);
                }
            } else {
                out.println("FAIL " + where);
                result.mismatches().forEach(m -> out.println("       " + m));
            }
        }
        out.println();
        out.printf("coverage: %d of %d rules fired by some case; %d of %d legal bases covered%n",
                report.rules().size() - report.unfiredRules().size(), report.rules().size(),
                report.coveredLegalBases().size(), report.allLegalBases().size());
        for (RuleSummary rule : report.unfiredRules()) {
            out.println("  not fired: " + rule.file() + ": \"" + rule.name() + "\"");
        }
        boolean invariantsHold = new AnalysisText(out).invariants(report.invariants(), quiet);
        out.println(report.passed() + " passed, " + report.failed() + " failed");
        out.flush();
        return report.failed() == 0 && invariantsHold ? ExitCode.OK : ExitCode.FAILED;
    }
}
