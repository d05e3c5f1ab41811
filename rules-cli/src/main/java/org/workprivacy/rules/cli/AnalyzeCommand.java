package org.workprivacy.rules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.analysis.ChangeImpact;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.analysis.RuleSetAnalyzer;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Decides every situation of every scenario (each fact at each value, or not stated) and reports:"
                + " invariants (*.invariants.yaml beside the rules) held or failed with counterexamples, dead rules,"
                + " shadowed permissions, unsafe permissions and counts.",
                "With --against OLD_DIR: also which situations the edit from OLD_DIR to DIR changes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every invariant holds and no permission is unsafe",
                "1:an invariant fails, or a permission is unsafe",
                "2:usage error", "4:the rules or the invariants files cannot be read"})
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    RuleFilesOption rules;

    @Option(names = "--against", paramLabel = "OLD_DIR",
            description = "Rules before the edit: report the situations whose verdict the edit changes.")
    Path against;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people (default), json for tools.")
    String format;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "" + RuleSetAnalyzer.DEFAULT_EXAMPLES,
            description = "Counterexamples per invariant and examples per kind of change (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--engine-sample", paramLabel = "N", defaultValue = "" + RuleSetAnalyzer.DEFAULT_ENGINE_SAMPLE,
            description = "Situations with facts not stated, per scenario, that the engine also decides to confirm the"
                    + " derived verdicts (default: ${DEFAULT-VALUE}; more is slower).")
    int engineSample;

    @Option(names = "--scenario", paramLabel = "SCENARIO", split = ",", converter = ScenarioConverter.class,
            description = "Analyse only these scenarios (comma-separated; default: all).")
    java.util.List<org.workprivacy.rules.api.situation.Scenario> scenarios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("error: --format must be text or json");
            return ExitCode.USAGE;
        }
        if (engineSample < 0) {
            err.println("error: --engine-sample must not be negative");
            return ExitCode.USAGE;
        }
        if (examples < 1 || examples > 1000) {
            err.println("error: --examples must be between 1 and 1000");
            return ExitCode.USAGE;
        }
        long start = System.nanoTime();
        Analysis analysis;
        ChangeImpact impact = null;
        try {
            RuleSet ruleSet = rules.directory() == null ? DecisionEngines.bundled().ruleSet()
                    : new RuleSetCompiler().compile(rules.files());
            RuleSetAnalyzer analyzer = new RuleSetAnalyzer(examples, engineSample);
            var only = scenarios == null || scenarios.isEmpty()
                    ? java.util.EnumSet.allOf(org.workprivacy.rules.api.situation.Scenario.class)
                    : java.util.EnumSet.copyOf(scenarios);
            if (against != null) {
                RuleSet old = new RuleSetCompiler().compile(RuleSetFiles.fromDirectory(against));
                impact = analyzer.compare(old, ruleSet, only);
            }
            analysis = analyzer.analyze(ruleSet, only);
        } catch (RuleSetException e) {
            err.println("error: the rules or their invariants cannot be read; run `check` for the rules:");
            err.println(e.getMessage());
            return ExitCode.RULE_ERROR;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (format.equals("json")) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("passed", analysis.passed());
            if (impact != null) {
                document.put("changeImpact", impact);
            }
            document.put("analysis", analysis);
            try {
                out.println(Json.pretty().writeValueAsString(document));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            AnalysisText text = new AnalysisText(out);
            if (impact != null) {
                text.impact(against.toString(), rules.name(), impact);
            }
            text.analysis(rules.name(), analysis);
        }
        out.flush();
        long situations = analysis.scenarios().stream().mapToLong(s -> s.counts().situations()).sum();
        err.printf("analysed %d situations of %d scenarios in %.1f s on %d cores%n", situations,
                analysis.scenarios().size(), seconds, Runtime.getRuntime().availableProcessors());
        err.flush();
        return analysis.passed() ? ExitCode.OK : ExitCode.FAILED;
    }
}
