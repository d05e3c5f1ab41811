package org.workprivacy.rules.api.analysis;

import java.util.List;
import java.util.Objects;
import org.workprivacy.rules.api.verdict.Outcome;

/**
 * One situation and the verdict the rules give it, as the engine decides and explains it.
 *
 * @param situation    the situation as situation JSON (facts not stated are left out)
 * @param outcome      the outcome
 * @param reasons      the reason codes
 * @param conditions   the condition codes
 * @param missingFacts the decisive facts not stated
 * @param rules        the allow and deny rules that decided, as {@code "allow: <rule name>"} or
 *                     {@code "deny: <rule name>"} (with facts not stated: those that fired in every completion)
 */
public record Example(String situation, Outcome outcome, List<String> reasons, List<String> conditions,
                      List<String> missingFacts, List<String> rules) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public Example {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        conditions = List.copyOf(conditions);
        missingFacts = List.copyOf(missingFacts);
        rules = List.copyOf(rules);
    }
}
