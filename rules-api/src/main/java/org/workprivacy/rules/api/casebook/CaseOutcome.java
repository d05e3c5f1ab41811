package org.workprivacy.rules.api.casebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.workprivacy.rules.api.explain.Explanation;

/**
 * How one casebook case came out.
 *
 * @param casebook   the casebook file, relative to the rules directory
 * @param name       the case's name
 * @param actual     how the engine decided; empty when the case's facts could not be read
 * @param mismatches every difference from what the case expects; empty when it passed
 */
public record CaseOutcome(String casebook, String name, Optional<Explanation> actual, List<String> mismatches) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public CaseOutcome {
        Objects.requireNonNull(casebook, "casebook");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actual, "actual");
        mismatches = List.copyOf(mismatches);
    }

    /** The engine decided as the case expects. */
    public boolean passed() {
        return mismatches.isEmpty();
    }
}
