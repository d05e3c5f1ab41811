package org.workprivacy.rules.api.analysis;

import java.util.List;

/**
 * The fail-closed check: no situation with a fact not stated may be ALLOWED unless it is ALLOWED whatever
 * that fact is. The analysis derives each such situation's verdict from its completions and compares it
 * with what the engine itself decides, for every situation or for a spread sample of them.
 *
 * @param allowedWithUnstatedFacts situations with facts not stated that are ALLOWED, each of them ALLOWED in
 *                                 every completion (safe: the unstated facts are not decisive)
 * @param engineChecked            situations with facts not stated that the engine decided for comparison
 * @param unsafe                   situations the engine ALLOWED although some completion is DENIED
 * @param disagreements            other situations where the engine's verdict differs from the one derived
 *                                 from the completions (a fault in the engine or the analysis, never safe to ignore)
 */
public record UnsafePermissions(long allowedWithUnstatedFacts, long engineChecked, List<Example> unsafe,
                                List<Example> disagreements) {
    /** The canonical constructor: keeps unmodifiable copies of the collections. */
    public UnsafePermissions {
        unsafe = List.copyOf(unsafe);
        disagreements = List.copyOf(disagreements);
    }

    /** No permission is unsafe and the two ways of checking agree. */
    public boolean safe() {
        return unsafe.isEmpty() && disagreements.isEmpty();
    }
}
