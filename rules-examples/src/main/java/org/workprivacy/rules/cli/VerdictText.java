package org.workprivacy.rules.cli;

import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/** A verdict as a person reads it. */
final class VerdictText {
    private VerdictText() {
    }

    static String format(Verdict verdict) {
        StringBuilder text = new StringBuilder();
        text.append(verdict.outcome()).append("  (").append(verdict.scenario()).append(", rules ")
                .append(verdict.ruleSetVersion()).append(")\n");
        text.append("\nReasons:\n");
        for (Reason reason : verdict.reasons()) {
            text.append("  - [").append(reason.code()).append("] ").append(reason.message()).append('\n');
            text.append("    rule: ").append(reason.ruleId()).append('\n');
            text.append("    legal basis: ").append(String.join("; ", reason.legalBasis())).append('\n');
        }
        if (!verdict.conditions().isEmpty()) {
            text.append("\nConditions:\n");
            for (Condition condition : verdict.conditions()) {
                text.append("  - [").append(condition.code()).append("] ").append(condition.message()).append('\n');
            }
        }
        if (!verdict.missingFacts().isEmpty()) {
            text.append("\nMissing facts: ").append(String.join(", ", verdict.missingFacts())).append('\n');
        }
        return text.toString();
    }
}
