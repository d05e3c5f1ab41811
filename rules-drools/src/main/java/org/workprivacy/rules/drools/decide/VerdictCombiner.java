package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Turns the rules that fired on a complete situation into one verdict, fail closed: any deny gives DENIED
 * (deny overrides allow); without a permitting rule the answer is DENIED as well. Runs on every
 * decision, so it loops instead of streaming and takes its reasons from {@link VerdictParts}.
 */
final class VerdictCombiner {
    private final VerdictParts parts;
    private final Language language;

    VerdictCombiner(VerdictParts parts, Language language) {
        this.parts = parts;
        this.language = language;
    }

    Verdict verdict(String scenario, String version, List<FiredRule> fired) {
        List<Reason> denies = new ArrayList<>();
        List<Reason> allows = new ArrayList<>();
        for (FiredRule rule : fired) {
            switch (rule.effect()) {
                case DENY -> denies.add(parts.reason(language, rule));
                case ALLOW -> allows.add(parts.reason(language, rule));
                case CONDITION -> { }
            }
        }
        if (!denies.isEmpty()) {
            return new Verdict(scenario, Outcome.DENIED, distinct(denies), List.of(), List.of(), version);
        }
        if (!allows.isEmpty()) {
            return new Verdict(scenario, Outcome.ALLOWED, distinct(allows), conditions(fired), List.of(), version);
        }
        return new Verdict(scenario, Outcome.DENIED, List.of(parts.noPermittingRule(language)), List.of(), List.of(), version);
    }

    Explanation explain(String scenario, String version, List<FiredRule> fired) {
        Verdict verdict = verdict(scenario, version, fired);
        return new Explanation(verdict, fired, how(verdict, fired));
    }

    private String how(Verdict verdict, List<FiredRule> fired) {
        long denies = count(fired, Effect.DENY);
        long allows = count(fired, Effect.ALLOW);
        if (verdict.allowed()) {
            return ExplanationSentences.say(language, "combined.allowed", allows, verdict.conditions().size());
        }
        if (denies == 0) {
            return ExplanationSentences.say(language, "combined.denied-by-default");
        }
        return ExplanationSentences.say(language, "combined.deny-overrides", denies, allows);
    }

    private List<Condition> conditions(List<FiredRule> fired) {
        Map<String, Condition> byCode = new LinkedHashMap<>();
        for (FiredRule rule : fired) {
            if (rule.effect() == Effect.CONDITION && !byCode.containsKey(rule.detail())) {
                byCode.put(rule.detail(), parts.condition(language, rule));
            }
        }
        return List.copyOf(byCode.values());
    }

    private static long count(List<FiredRule> fired, Effect effect) {
        return fired.stream().filter(f -> f.effect() == effect).count();
    }

    /**
     * The reasons without repeats (same rule and message), in order. A plain scan: there are a handful, and their
     * strings are shared, so comparing them is cheaper than joining and hashing them on every decision.
     */
    private static List<Reason> distinct(List<Reason> reasons) {
        if (reasons.size() == 1) {
            return reasons;
        }
        List<Reason> distinct = new ArrayList<>(reasons.size());
        for (Reason reason : reasons) {
            boolean repeated = false;
            for (Reason earlier : distinct) {
                if (earlier.ruleId().equals(reason.ruleId()) && earlier.message().equals(reason.message())) {
                    repeated = true;
                    break;
                }
            }
            if (!repeated) {
                distinct.add(reason);
            }
        }
        return List.copyOf(distinct);
    }
}
