package org.workprivacy.rules.api.explain;

import java.util.Objects;

/**
 * A fact the caller did not state, and whether it mattered: the engine tried every value it can take.
 *
 * @param fact     the fact's name
 * @param decisive some value of it, with some values of the other open facts, changes the outcome; only
 *                 decisive facts are listed as missing
 * @param why      in words: two completions that differ only in this fact and in outcome, or that no value
 *                 changes the outcome
 */
public record OpenFact(String fact, boolean decisive, String why) {
    /** The canonical constructor: refuses null components. */
    public OpenFact {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(why, "why");
    }
}
