package org.workprivacy.rules.api.explain;

import java.util.List;
import java.util.Objects;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * How a verdict came about: every rule that fired, in order, the combining step in words (deny overrides
 * allow; no permitting rule means DENIED; a decisive fact not stated means DENIED), and the facts the
 * caller left open with whether each mattered.
 *
 * <p>When facts were left open, the engine decided every way of completing them; {@code firedRules} then
 * lists the rules that fired in every completion.
 */
public record Explanation(Verdict verdict, List<FiredRule> firedRules, String combination, List<OpenFact> openFacts) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public Explanation {
        Objects.requireNonNull(verdict, "verdict");
        firedRules = List.copyOf(firedRules);
        Objects.requireNonNull(combination, "combination");
        openFacts = List.copyOf(openFacts);
    }

    /** An explanation of a situation with every fact stated. */
    public Explanation(Verdict verdict, List<FiredRule> firedRules, String combination) {
        this(verdict, firedRules, combination, List.of());
    }
}
