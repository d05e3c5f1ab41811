package org.workprivacy.rules.drools.decide;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.drools.load.Messages;

/**
 * The reasons and conditions a rule set's rules contribute to verdicts, built on first use per rule and
 * language and then shared (they are immutable): looking up and checking message texts is otherwise the
 * largest cost of a decision after the rules themselves. Bounded by rules × facts × languages.
 */
final class VerdictParts {
    static final String MISSING_FACTS = "missing-facts";
    static final String NO_PERMITTING_RULE = "no-permitting-rule";
    private static final List<String> DEFAULT_BASIS = List.of("GDPR art. 5(2)", "GDPR art. 6(1)");

    private record Key(Language language, String ruleId, String code, String detail, List<String> legalBasis) {
        Key(Language language, FiredRule rule) {
            this(language, rule.ruleId(), rule.code(), rule.detail(), rule.legalBasis());
        }
    }

    private final Messages messages;
    private final ConcurrentMap<Key, Reason> reasons = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, Condition> conditions = new ConcurrentHashMap<>();
    private final ConcurrentMap<Language, Reason> noPermittingRule = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<Object>, Reason> decisiveFactMissing = new ConcurrentHashMap<>();

    VerdictParts(Messages messages) {
        this.messages = messages;
    }

    /** The reason an allow or deny rule gives. */
    Reason reason(Language language, FiredRule rule) {
        return cached(reasons, new Key(language, rule), k ->
                new Reason(rule.ruleId(), rule.code(), messages.text(language, rule.code(), Map.of()), cite(language, rule.legalBasis())));
    }

    /** The condition a condition rule attaches (its detail is the condition's code). */
    Condition condition(Language language, FiredRule rule) {
        return cached(conditions, new Key(language, rule), k ->
                new Condition(rule.detail(), messages.text(language, rule.detail(), Map.of()), cite(language, rule.legalBasis())));
    }

    /** The reason the engine gives for a decisive fact the caller did not state. */
    Reason decisiveFactMissing(Language language, String fact) {
        return cached(decisiveFactMissing, List.of(language, fact), k -> new Reason(PartialEvaluation.DECISIVE_FACT_RULE,
                MISSING_FACTS, messages.text(language, MISSING_FACTS, Map.of("fact", fact)), cite(language, DEFAULT_BASIS)));
    }

    /** The reason of the default DENIED when no rule permits the action. */
    Reason noPermittingRule(Language language) {
        return cached(noPermittingRule, language, l -> new Reason("default: no permitting rule",
                NO_PERMITTING_RULE, messages.text(l, NO_PERMITTING_RULE, Map.of()), cite(l, DEFAULT_BASIS)));
    }

    /** Legal bases as the verdict's language cites them (rules cite in English). */
    private static List<String> cite(Language language, List<String> legalBasis) {
        return language == Language.NL ? DutchCitations.render(legalBasis) : legalBasis;
    }

    /** get() first: computeIfAbsent may lock a bin even when the value is there, and threads would queue. */
    private static <K, V> V cached(ConcurrentMap<K, V> map, K key, java.util.function.Function<K, V> make) {
        V value = map.get(key);
        return value != null ? value : map.computeIfAbsent(key, make);
    }
}
