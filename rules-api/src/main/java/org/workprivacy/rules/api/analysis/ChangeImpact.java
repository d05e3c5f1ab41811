package org.workprivacy.rules.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Which situations an edit of the rules changes: every situation of every scenario decided by the rules
 * before and after the edit.
 *
 * @param before    the version of the old rule set
 * @param after     the version of the new rule set
 * @param scenarios one entry per scenario
 */
public record ChangeImpact(String before, String after, List<ScenarioImpact> scenarios) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public ChangeImpact {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        scenarios = List.copyOf(scenarios);
    }

    /** Whether no situation changes outcome, reasons or conditions. */
    public boolean unchanged() {
        return scenarios.stream().allMatch(ScenarioImpact::unchanged);
    }
}
