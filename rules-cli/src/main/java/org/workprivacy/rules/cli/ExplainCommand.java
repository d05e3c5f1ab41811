package org.workprivacy.rules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.explain.OpenFact;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows how a situation is decided: the rules that fired, in order, and how they combine.")
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    SituationInput input;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "EN", converter = LanguageConverter.class,
            description = "Language of messages: en or nl (default: en).")
    Language language;

    @Mixin
    RuleOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Situation> read = input.read(err);
        if (read.isEmpty()) {
            return ExitCode.BAD_INPUT;
        }
        Situation situation = read.get();
        Explanation explanation;
        try {
            explanation = rules.engine().explain(situation, language);
        } catch (RuleSetException e) {
            err.println("error: rules: " + e.getMessage());
            return ExitCode.RULE_ERROR;
        }
        if (format == Format.json) {
            out.println(Json.pretty().writeValueAsString(explanation));
        } else {
            out.print(text(situation, explanation, language));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String text(Situation situation, Explanation explanation, Language language) {
        StringBuilder text = new StringBuilder("Situation: ").append(situation).append("\n");
        if (!explanation.openFacts().isEmpty()) {
            text.append("\nFacts not stated (every value of each was tried):\n");
            for (OpenFact open : explanation.openFacts()) {
                text.append(String.format("  %-28s %s: %s%n", open.fact(), open.decisive() ? "decisive" : "does not matter",
                        open.why()));
            }
            text.append("\nRules that fired whatever the open facts are, in order:\n");
        } else {
            text.append("\nRules fired, in order:\n");
        }
        if (explanation.firedRules().isEmpty()) {
            text.append("  (none)\n");
        }
        int step = 1;
        for (FiredRule rule : explanation.firedRules()) {
            text.append(String.format("  %d. %-12s \"%s\"%n", step++, rule.effect(), rule.ruleId()));
            text.append("       code: ").append(rule.code());
            if (!rule.detail().isEmpty() && !rule.detail().equals(rule.code())) {
                text.append("  condition: ")
                        .append(rule.detail());
            }
            text.append("\n       legal basis: ").append(String.join("; ", rule.legalBasis())).append('\n');
            text.append("       matched: ").append(String.join(", ", rule.matched())).append('\n');
        }
        text.append("\nHow they combine: ").append(explanation.combination());
        if (!explanation.verdict().allowed() && explanation.firedRules().stream()
                .anyMatch(r -> r.effect() == org.workprivacy.rules.api.explain.Effect.CONDITION)) {
            text.append(" (conditions only accompany a permission, so none apply)");
        }
        text.append("\n\n");
        text.append(VerdictText.format(explanation.verdict(), language));
        return text.toString();
    }
}
