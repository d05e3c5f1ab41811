package org.workprivacy.rules.drools.casebook;

import java.util.List;
import java.util.Optional;
import org.workprivacy.rules.api.explain.Explanation;

/**
 * The result of one case: the explanation of the actual verdict (empty when the facts could not be
 * read) and every difference from what was expected.
 */
public record CaseResult(Casebook casebook, CaseSpec spec, Optional<Explanation> actual, List<String> mismatches) {
    public CaseResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
