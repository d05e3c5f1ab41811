package org.workprivacy.rules.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.casebook.CaseResult;
import org.workprivacy.rules.drools.casebook.CasebookReport;
import org.workprivacy.rules.drools.analysis.RuleSetAnalyzer;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.BuildTimeLimit;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleSetCompiler;
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
        CasebookReport report;
        Analysis invariants;
        try {
            var files = rules.files();
            var engine = DecisionEngines.of(BuildTimeLimit.DEFAULT.run(files.origin(), () -> new RuleSetCompiler().compile(files)));
            report = new CasebookRunner().run(engine);
            invariants = new RuleSetAnalyzer(RuleSetAnalyzer.DEFAULT_EXAMPLES, 0).analyze(engine.ruleSet());
        } catch (RuleSetException e) {
            spec.commandLine().getErr().println("error: the rules cannot be loaded; run `check` for details:\n" + e.getMessage());
            return ExitCode.RULE_ERROR;
        }
        boolean printedCases = false;
        for (CaseResult result : report.results()) {
            String where = result.casebook().file() + ": " + result.spec().name();
            if (result.passed()) {
                if (!quiet) {
                    out.println("PASS " + where);
                    printedCases = true;
                }
            } else {
                out.println("FAIL " + where);
                result.mismatches().forEach(m -> out.println("       " + m));
                printedCases = true;
            }
        }
        if (printedCases) {
            out.println(); // sets the summary apart from the cases; nothing to set apart from when all passed quietly
        }
        out.printf("coverage: %d of %d rules fired by some case; %d of %d legal bases covered%n",
                report.rules().size() - report.unfiredRules().size(), report.rules().size(),
                report.coveredLegalBases().size(), report.allLegalBases().size());
        for (RuleInfo rule : report.unfiredRules()) {
            out.println("  not fired: " + rule.file() + ": \"" + rule.name() + "\"");
        }
        boolean invariantsHold = new AnalysisText(out).invariants(invariants, quiet);
        out.println(report.passed() + " passed, " + report.failed() + " failed");
        out.flush();
        return report.failed() == 0 && invariantsHold ? ExitCode.OK : ExitCode.FAILED;
    }
}
