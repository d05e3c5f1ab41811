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
import org.workprivacy.rules.drools.load.Messages;

/**
 * Turns the rules that fired into one verdict, fail closed: a missing fact or any deny gives DENIED
 * (deny overrides allow); without a permitting rule the answer is DENIED as well.
 */
final class VerdictCombiner {
    static final String MISSING_FACTS = "missing-facts";
    static final String NO_PERMITTING_RULE = "no-permitting-rule";
    private static final List<String> DEFAULT_BASIS = List.of("GDPR art. 5(2)", "GDPR art. 6(1)");

    private final Messages messages;
    private final Language language;

    VerdictCombiner(Messages messages, Language language) {
        this.messages = messages;
        this.language = language;
    }

    Explanation combine(String scenario, String version, List<FiredRule> fired) {
        List<FiredRule> denies = only(fired, Effect.DENY);
        List<FiredRule> missing = only(fired, Effect.MISSING_FACT);
        List<FiredRule> allows = only(fired, Effect.ALLOW);

        if (!denies.isEmpty() || !missing.isEmpty()) {
            List<Reason> reasons = new ArrayList<>(denies.stream().map(this::reason).toList());
            missing.forEach(m -> reasons.add(missingReason(m)));
            List<String> missingFacts = missing.stream().map(FiredRule::detail).distinct().sorted().toList();
            Verdict verdict = new Verdict(scenario, Outcome.DENIED, distinct(reasons), List.of(), missingFacts, version);
            String how = !denies.isEmpty()
                    ? denies.size() + " deny rule(s) fired; deny overrides " + allows.size() + " allow rule(s)"
                    : "";
            if (!missing.isEmpty()) {
                how += (how.isEmpty() ? "" : "; ") + "facts needed for a decision are missing " + missingFacts
                        + ", so the verdict fails closed";
            }
            return new Explanation(verdict, fired, how + ": DENIED");
        }
        if (!allows.isEmpty()) {
            List<Condition> conditions = conditions(only(fired, Effect.CONDITION));
            Verdict verdict = new Verdict(scenario, Outcome.ALLOWED, distinct(allows.stream().map(this::reason).toList()),
                    conditions, List.of(), version);
            return new Explanation(verdict, fired, allows.size() + " allow rule(s) fired and no deny rule: ALLOWED with "
                    + conditions.size() + " condition(s)");
        }
        Reason defaultReason = new Reason("default: no permitting rule", NO_PERMITTING_RULE,
                messages.text(language, NO_PERMITTING_RULE, Map.of()), DEFAULT_BASIS);
        Verdict verdict = new Verdict(scenario, Outcome.DENIED, List.of(defaultReason), List.of(), List.of(), version);
        return new Explanation(verdict, fired, "no rule permitted the action: DENIED by default");
    }

    private Reason reason(FiredRule rule) {
        return new Reason(rule.ruleId(), rule.code(), messages.text(language, rule.code(), Map.of()), rule.legalBasis());
    }

    private Reason missingReason(FiredRule rule) {
        return new Reason(rule.ruleId(), MISSING_FACTS,
                messages.text(language, MISSING_FACTS, Map.of("fact", rule.detail())), rule.legalBasis());
    }

    private List<Condition> conditions(List<FiredRule> conditionRules) {
        Map<String, Condition> byCode = new LinkedHashMap<>();
        for (FiredRule rule : conditionRules) {
            byCode.putIfAbsent(rule.detail(), new Condition(rule.detail(),
                    messages.text(language, rule.detail(), Map.of()), rule.legalBasis()));
        }
        return List.copyOf(byCode.values());
    }

    private static List<FiredRule> only(List<FiredRule> fired, Effect effect) {
        return fired.stream().filter(f -> f.effect() == effect).toList();
    }

    private static List<Reason> distinct(List<Reason> reasons) {
        Map<String, Reason> byRuleAndMessage = new LinkedHashMap<>();
        reasons.forEach(r -> byRuleAndMessage.putIfAbsent(r.ruleId() + "\u0000" + r.message(), r));
        return List.copyOf(byRuleAndMessage.values());
    }
}
