package org.workprivacy.rules.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One invariant legal staff wrote, and whether the rules keep it in every situation it covers.
 *
 * @param id              the invariant's id
 * @param sentence        what it says, in words
 * @param legalBasis      the sources it rests on
 * @param location        {@code file:line} of the invariant
 * @param checked         how many situations the invariant's {@code when} covers
 * @param violations      in how many of them the rules break it (0: it holds)
 * @param counterexamples the first situations that break it (complete situations first), as decided
 */
public record InvariantResult(String id, String sentence, List<String> legalBasis, String location, long checked,
                              long violations, List<Example> counterexamples) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public InvariantResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentence, "sentence");
        legalBasis = List.copyOf(legalBasis);
        Objects.requireNonNull(location, "location");
        counterexamples = List.copyOf(counterexamples);
    }

    /** No situation violates the invariant. */
    public boolean holds() {
        return violations == 0;
    }
}
