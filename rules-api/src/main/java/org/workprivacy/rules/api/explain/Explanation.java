package org.workprivacy.rules.api.explain;

import java.util.List;
import java.util.Objects;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * How a verdict came about: every rule that fired, in order, and the combining step in words
 * (deny overrides allow; no permitting rule means DENIED; a missing fact means DENIED).
 */
public record Explanation(Verdict verdict, List<FiredRule> firedRules, String combination) {
    public Explanation {
        Objects.requireNonNull(verdict, "verdict");
        firedRules = List.copyOf(firedRules);
        Objects.requireNonNull(combination, "combination");
    }
}
