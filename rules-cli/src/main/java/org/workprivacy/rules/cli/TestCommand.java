package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.casebook.CaseResult;
import org.workprivacy.rules.drools.casebook.CasebookReport;
import org.workprivacy.rules.drools.check.TestSession;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.load.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the casebooks (*.casebook.yaml) beside the rules: pass/fail per case and rule coverage;"
                + " then checks the invariants (*.invariants.yaml) on every situation, as `analyze` does.")
final class TestCommand implements Callable<Integer> {
    /** How often --watch looks at the directory: a saved file is tested again within this plus the settle time. */
    static final Duration WATCH_INTERVAL = Duration.ofMillis(100);

    @Mixin
    RuleFilesOption rules;

    @Option(names = {"-q", "--quiet"}, description = "Print only failing cases and the summary.")
    boolean quiet;

    @Option(names = "--watch",
            description = "Keep running and test again whenever a file of DIR changes, in the same process: only the"
                    + " scenarios the changed files can affect are built and tested again. Stops at Ctrl-C or at the"
                    + " end of standard input (Ctrl-D); the exit code is that of the last run.")
    boolean watch;

    @Option(names = "--watch-settle", paramLabel = "MILLIS", defaultValue = "200",
            description = "With --watch: how long the files must stay unchanged before they are tested, so that a file"
                    + " saved in several writes is not read half-written (default: ${DEFAULT-VALUE} ms).")
    long watchSettleMillis;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (watch && rules.directory() == null) {
            throw new ParameterException(spec.commandLine(), "--watch needs a rules directory DIR: the bundled rules cannot change");
        }
        if (watchSettleMillis < 0) {
            throw new ParameterException(spec.commandLine(), "--watch-settle must be 0 or more milliseconds");
        }
        TestSession session = new TestSession(BuildTimeLimit.DEFAULT);
        if (!watch) {
            return run(session, false);
        }
        PrintWriter out = spec.commandLine().getOut();
        return TestWatch.run(rules.directory(), WATCH_INTERVAL, Duration.ofMillis(watchSettleMillis), main.in,
                () -> run(session, false), () -> {
                    out.println();
                    out.println("watching " + rules.name() + " (Ctrl-C or Ctrl-D to stop)");
                    out.flush();
                }, () -> run(session, true));
    }

    /**
     * One run: the casebooks, then the invariants. A rerun of --watch says first what it tested again and prints the
     * casebooks' part as soon as it has it; a plain run prints nothing until it has everything, as before.
     */
    private int run(TestSession session, boolean again) {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        TestSession.Casebooks casebooks;
        Analysis invariants = null;
        try {
            casebooks = session.casebooks(rules.files());
            if (!again) {
                invariants = session.invariants();
            }
        } catch (RuleSetException e) {
            return ruleError(e);
        }
        if (again) {
            out.println();
            out.printf("== changed: tested %s again (built and run in %d ms)%n", casebooks.tested().isEmpty() ? "nothing"
                    : casebooks.tested().stream().map(Scenario::id).collect(Collectors.joining(", ")),
                    (System.nanoTime() - start) / 1_000_000);
        }
        CasebookReport report = casebooks.report();
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
        out.flush();
        if (again) {
            try {
                invariants = session.invariants();
            } catch (RuleSetException e) {
                return ruleError(e);
            }
        }
        boolean invariantsHold = new AnalysisText(out).invariants(invariants, quiet);
        out.println(report.passed() + " passed, " + report.failed() + " failed");
        out.flush();
        return report.failed() == 0 && invariantsHold ? ExitCode.OK : ExitCode.FAILED;
    }

    private int ruleError(RuleSetException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: the rules cannot be loaded; run `check` for details:\n" + e.getMessage());
        err.flush();
        return ExitCode.RULE_ERROR;
    }
}
