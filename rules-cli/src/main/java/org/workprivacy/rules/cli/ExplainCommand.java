package org.workprivacy.rules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.explain.OpenFact;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.json.StatedFacts;
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

    /** The words around the engine's own texts, in the language asked for. */
    private record Labels(String situation, String openFacts, String decisive, String doesNotMatter, String firedDespiteOpen,
                          String fired, String none, String code, String condition, String legalBasis, String matched,
                          String combine, String noConditions) {
        static Labels of(Language language) {
            return language == Language.NL
                    ? new Labels("Situatie", "Niet opgegeven feiten (elke waarde van elk is geprobeerd)", "beslissend",
                            "maakt niet uit", "Regels die afgingen, wat de open feiten ook zijn, op volgorde",
                            "Regels die afgingen, op volgorde", "(geen)", "code", "voorwaarde", "rechtsgrond", "feiten",
                            "Hoe ze samengaan", "voorwaarden horen alleen bij een toestemming, dus er geldt er geen")
                    : new Labels("Situation", "Facts not stated (every value of each was tried)", "decisive",
                            "does not matter", "Rules that fired whatever the open facts are, in order",
                            "Rules fired, in order", "(none)", "code", "condition", "legal basis", "matched",
                            "How they combine", "conditions only accompany a permission, so none apply");
        }
    }

    /** The explanation for a person: facts as the user writes them (JSON names, kebab-case values), never Java's toString. */
    private static String text(Situation situation, Explanation explanation, Language language) {
        Labels labels = Labels.of(language);
        StringBuilder text = new StringBuilder(labels.situation()).append(": ").append(StatedFacts.json(situation)).append("\n");
        if (!explanation.openFacts().isEmpty()) {
            text.append('\n').append(labels.openFacts()).append(":\n");
            for (OpenFact open : explanation.openFacts()) {
                text.append(String.format("  %-28s %s: %s%n", open.fact(), open.decisive() ? labels.decisive() : labels.doesNotMatter(),
                        open.why()));
            }
            text.append('\n').append(labels.firedDespiteOpen()).append(":\n");
        } else {
            text.append('\n').append(labels.fired()).append(":\n");
        }
        if (explanation.firedRules().isEmpty()) {
            text.append("  ").append(labels.none()).append('\n');
        }
        int step = 1;
        for (FiredRule rule : explanation.firedRules()) {
            text.append(String.format("  %d. %-12s \"%s\"%n", step++, rule.effect(), rule.ruleId()));
            text.append("       ").append(labels.code()).append(": ").append(rule.code());
            if (!rule.detail().isEmpty() && !rule.detail().equals(rule.code())) {
                text.append("  ").append(labels.condition()).append(": ").append(rule.detail());
            }
            text.append("\n       ").append(labels.legalBasis()).append(": ").append(String.join("; ", rule.legalBasis())).append('\n');
            text.append("       ").append(labels.matched()).append(": ").append(String.join("; ", rule.matched())).append('\n');
        }
        text.append('\n').append(labels.combine()).append(": ").append(explanation.combination());
        if (!explanation.verdict().allowed() && explanation.firedRules().stream()
                .anyMatch(r -> r.effect() == org.workprivacy.rules.api.explain.Effect.CONDITION)) {
            text.append(" (").append(labels.noConditions()).append(')');
        }
        text.append("\n\n");
        text.append(VerdictText.format(explanation.verdict(), language));
        return text.toString();
    }
}
