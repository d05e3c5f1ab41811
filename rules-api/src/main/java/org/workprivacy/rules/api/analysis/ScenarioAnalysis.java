package org.workprivacy.rules.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The analysis of one scenario.
 *
 * @param scenario            the scenario id
 * @param facts               the values tried for each fact (besides "not stated"): every constant of a
 *                            yes/no or enum fact, and for a number the values that stand for all numbers
 * @param counts              how many situations there are and what they were decided
 * @param invariants          each invariant of the scenario's {@code .invariants.yaml}, held or failed
 * @param deadRules           rules that fire in no situation at all
 * @param shadowedPermissions allow rules overridden by a deny in every situation where they fire
 * @param unshownConditions   condition rules that fire, but never in an ALLOWED situation, so their
 *                            condition is never shown
 * @param unsafePermissions   the check that no verdict is ALLOWED while a decisive fact is unstated
 */
public record ScenarioAnalysis(String scenario, List<FactValues> facts, Counts counts, List<InvariantResult> invariants,
                               List<RuleFinding> deadRules, List<RuleFinding> shadowedPermissions,
                               List<RuleFinding> unshownConditions, UnsafePermissions unsafePermissions) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public ScenarioAnalysis {
        Objects.requireNonNull(scenario, "scenario");
        facts = List.copyOf(facts);
        Objects.requireNonNull(counts, "counts");
        invariants = List.copyOf(invariants);
        deadRules = List.copyOf(deadRules);
        shadowedPermissions = List.copyOf(shadowedPermissions);
        unshownConditions = List.copyOf(unshownConditions);
        Objects.requireNonNull(unsafePermissions, "unsafePermissions");
    }

    /** Every invariant holds and no permission is unsafe. Dead and shadowed rules are findings, not failures. */
    public boolean passed() {
        return invariants.stream().allMatch(InvariantResult::holds) && unsafePermissions.safe();
    }
}
