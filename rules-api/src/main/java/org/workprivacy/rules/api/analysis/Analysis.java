package org.workprivacy.rules.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis of one rule set found, per scenario. Every situation of a scenario's fact space was
 * decided (each fact at each of its values, or not stated), so what it says holds for all situations,
 * not for a sample.
 *
 * @param ruleSetVersion the content hash of the rule set analysed
 * @param scenarios      one entry per scenario, in the order of {@link org.workprivacy.rules.api.situation.Scenario}
 */
public record Analysis(String ruleSetVersion, List<ScenarioAnalysis> scenarios) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public Analysis {
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        scenarios = List.copyOf(scenarios);
    }

    /** Whether every invariant of every scenario holds and no permission is unsafe. */
    public boolean passed() {
        return scenarios.stream().allMatch(ScenarioAnalysis::passed);
    }

    /** The invariants that fail, over all scenarios. */
    public List<InvariantResult> failedInvariants() {
        return scenarios.stream().flatMap(s -> s.invariants().stream()).filter(i -> !i.holds()).toList();
    }
}
