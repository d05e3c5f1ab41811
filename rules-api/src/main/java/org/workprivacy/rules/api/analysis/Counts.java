package org.workprivacy.rules.api.analysis;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many situations a scenario has and how they were decided.
 *
 * @param complete              situations with every fact stated
 * @param withUnstatedFacts     situations with at least one fact not stated
 * @param contradictory         combinations the situation record refuses as contradictory (not situations;
 *                              not counted elsewhere)
 * @param allowed               situations decided ALLOWED (complete or not)
 * @param denied                situations decided DENIED by a rule or for lack of a permitting rule
 * @param deniedMissingFacts    situations DENIED because a decisive fact is not stated
 * @param allowedComplete       complete situations decided ALLOWED
 * @param deniedComplete        complete situations decided DENIED
 * @param conditionsPerAllowed  for each condition code, in how many ALLOWED situations it is attached
 */
public record Counts(long complete, long withUnstatedFacts, long contradictory, long allowed, long denied,
                     long deniedMissingFacts, long allowedComplete, long deniedComplete,
                     Map<String, Long> conditionsPerAllowed) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public Counts {
        conditionsPerAllowed = Map.copyOf(Objects.requireNonNull(conditionsPerAllowed, "conditionsPerAllowed"));
    }

    /** Every situation: complete ones and those with facts not stated. */
    public long situations() {
        return complete + withUnstatedFacts;
    }

    /** {@link #conditionsPerAllowed()} sorted by code. */
    public Map<String, Long> conditionsByCode() {
        return new TreeMap<>(conditionsPerAllowed);
    }
}
