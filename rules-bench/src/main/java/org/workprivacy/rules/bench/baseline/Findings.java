package org.workprivacy.rules.bench.baseline;

import java.util.ArrayList;
import java.util.List;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * What the hand-written checks found for one situation, combined like the engine does: a missing fact or
 * any deny gives DENIED, otherwise an allow gives ALLOWED with its conditions, otherwise DENIED by default.
 * One instance per decision.
 */
final class Findings {
    private final VerdictTexts texts;
    private final List<Reason> denies = new ArrayList<>(4);
    private final List<Reason> allows = new ArrayList<>(2);
    private final List<Condition> conditions = new ArrayList<>(8);
    private final List<String> missing = new ArrayList<>(4);

    Findings(VerdictTexts texts) {
        this.texts = texts;
    }

    void deny(String code) {
        denies.add(texts.reason(code));
    }

    void allow(String code) {
        allows.add(texts.reason(code));
    }

    void condition(String code) {
        conditions.add(texts.condition(code));
    }

    void missing(String fact) {
        if (!missing.contains(fact)) {
            missing.add(fact);
        }
    }

    Verdict verdict(String scenario, String version) {
        if (!denies.isEmpty() || !missing.isEmpty()) {
            missing.sort(null);
            for (String fact : missing) {
                denies.add(texts.missing(fact));
            }
            return new Verdict(scenario, Outcome.DENIED, denies, List.of(), missing, version);
        }
        if (!allows.isEmpty()) {
            return new Verdict(scenario, Outcome.ALLOWED, allows, conditions, List.of(), version);
        }
        return new Verdict(scenario, Outcome.DENIED, List.of(texts.noPermittingRule()), List.of(), List.of(), version);
    }
}
