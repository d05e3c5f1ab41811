package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.json.VerdictJson;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.decisionlog.DecisionAudit;
import org.workprivacy.rules.decisionlog.DecisionLog;
import org.workprivacy.rules.decisionlog.Delivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decides one situation: {\"scenario\": \"<id>\", \"facts\": {...}} from FILE or stdin ('-').")
final class DecideCommand implements Callable<Integer> {
    enum Format { json, text }

    @Mixin
    SituationInput input;

    @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "json")
    Format format;

    @Option(names = "--lang", description = "Language of messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "EN", converter = LanguageConverter.class)
    Language language;

    @Mixin
    RuleOptions rules;

    @Mixin
    DecisionLogOptions decisionLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Situation> read = input.read(err);
        if (read.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        Situation situation = read.get();
        Optional<DecisionLog> log;
        try {
            log = decisionLog.open();
        } catch (IOException e) {
            err.println("error: cannot open the decision log " + decisionLog.file + ": " + e);
            return ExitCode.OUTPUT_FAILED;
        }
        try {
            Delivery answer = DecisionAudit.of(log).delivery(rules.engine());
            Verdict verdict = answer.decide(situation, language);
            out.println(format == Format.json ? new VerdictJson().writePretty(verdict) : VerdictText.format(verdict, language));
            if (!StandardOutput.delivered(out)) {
                // Nobody received the verdict, so the audit log must not claim it was given.
                return StandardOutput.failed(err);
            }
            answer.delivered();
            return ExitCode.OK;
        } catch (RuleSetException e) {
            err.println("error: rules: " + e.getMessage());
            return ExitCode.RULE_ERROR;
        } catch (IOException e) {
            err.println("error: the verdict was given but the decision log " + decisionLog.file
                    + " could not be written: " + e.getMessage());
            return ExitCode.OUTPUT_FAILED;
        } finally {
            log.ifPresent(DecisionLog::close);
        }
    }
}
