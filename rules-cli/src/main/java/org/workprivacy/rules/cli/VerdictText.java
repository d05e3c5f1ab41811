package org.workprivacy.rules.cli;

import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/** A verdict as a person reads it, with the headings in the verdict's language. */
final class VerdictText {
    /** The words around the rules' own texts. */
    private record Labels(String allowed, String denied, String rules, String reasons, String rule, String legalBasis,
                          String conditions, String missingFacts) {
        static Labels of(Language language) {
            return language == Language.NL
                    ? new Labels("TOEGESTAAN", "NIET TOEGESTAAN", "regels", "Redenen", "regel", "rechtsgrond",
                            "Voorwaarden", "Ontbrekende feiten")
                    : new Labels("ALLOWED", "DENIED", "rules", "Reasons", "rule", "legal basis", "Conditions", "Missing facts");
        }
    }

    private VerdictText() {
    }

    static String format(Verdict verdict, Language language) {
        Labels labels = Labels.of(language);
        StringBuilder text = new StringBuilder();
        text.append(verdict.allowed() ? labels.allowed() : labels.denied()).append("  (").append(verdict.scenario())
                .append(", ").append(labels.rules()).append(' ').append(verdict.ruleSetVersion()).append(")\n");
        text.append('\n').append(labels.reasons()).append(":\n");
        for (Reason reason : verdict.reasons()) {
            text.append("  - [").append(reason.code()).append("] ").append(reason.message()).append('\n');
            text.append("    ").append(labels.rule()).append(": ").append(reason.ruleId()).append('\n');
            text.append("    ").append(labels.legalBasis()).append(": ").append(String.join("; ", reason.legalBasis())).append('\n');
        }
        if (!verdict.conditions().isEmpty()) {
            text.append('\n').append(labels.conditions()).append(":\n");
            for (Condition condition : verdict.conditions()) {
                text.append("  - [").append(condition.code()).append("] ").append(condition.message()).append('\n');
            }
        }
        if (!verdict.missingFacts().isEmpty()) {
            text.append('\n').append(labels.missingFacts()).append(": ").append(String.join(", ", verdict.missingFacts())).append('\n');
        }
        return text.toString();
    }
}
