package org.workprivacy.rules.api.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * What a reload did: whether a new rule set now decides, the version deciding after the reload, and
 * the problems that kept a broken edit out (the previous rule set then keeps deciding).
 *
 * @param changed  a new rule set decides from now on
 * @param version  the version of the rule set deciding after the reload
 * @param problems why the edit was refused; empty when the reload succeeded or nothing changed
 */
public record ReloadResult(boolean changed, String version, List<RuleProblem> problems) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public ReloadResult {
        Objects.requireNonNull(version, "version");
        problems = List.copyOf(problems);
    }

    /** The rule files changed but could not be used: see {@link #problems()}. */
    public boolean failed() {
        return !problems.isEmpty();
    }
}
