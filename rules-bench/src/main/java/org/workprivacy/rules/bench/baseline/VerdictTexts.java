package org.workprivacy.rules.bench.baseline;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.load.RuleInfo;

/**
 * The reasons and conditions a hand-written implementation would keep as constants, built once from the
 * rule set's metadata and English messages so that the baseline's verdicts carry the same words.
 */
final class VerdictTexts {
    static final String MISSING_FACTS = "missing-facts";
    static final String NO_PERMITTING_RULE = "no-permitting-rule";

    private final Map<String, Reason> reasons = new HashMap<>();
    private final Map<String, Condition> conditions = new HashMap<>();
    private final Map<String, Reason> missing = new HashMap<>();
    private final Reason noPermittingRule;

    VerdictTexts(RuleSet ruleSet) {
        var messages = ruleSet.messages();
        for (RuleInfo rule : ruleSet.rules()) {
            String text = messages.text(Language.EN, rule.code(), Map.of());
            reasons.putIfAbsent(rule.code(), new Reason(rule.name(), rule.code(), text, rule.legalBasis()));
            conditions.putIfAbsent(rule.code(), new Condition(rule.code(), text, rule.legalBasis()));
        }
        for (Scenario scenario : Scenario.values()) {
            for (RecordComponent fact : scenario.situationType().getRecordComponents()) {
                missing.computeIfAbsent(fact.getName(), name -> new Reason("missing: " + name, MISSING_FACTS,
                        messages.text(Language.EN, MISSING_FACTS, Map.of("fact", name)), List.of("GDPR art. 5(2)")));
            }
        }
        noPermittingRule = new Reason("default: no permitting rule", NO_PERMITTING_RULE,
                messages.text(Language.EN, NO_PERMITTING_RULE, Map.of()), List.of("GDPR art. 5(2)", "GDPR art. 6(1)"));
    }

    Reason reason(String code) {
        return require(reasons.get(code), code);
    }

    Condition condition(String code) {
        return require(conditions.get(code), code);
    }

    Reason missing(String fact) {
        return require(missing.get(fact), fact);
    }

    Reason noPermittingRule() {
        return noPermittingRule;
    }

    private static <T> T require(T value, String key) {
        if (value == null) {
            throw new IllegalStateException("the hand-written baseline uses \"" + key + "\", which no rule declares");
        }
        return value;
    }
}
