package org.workprivacy.rules.api.rulebook;

import java.util.List;
import java.util.Objects;

/**
 * One scenario's rules, in the order they are written, and the casebook cases written for it.
 *
 * @param scenario the scenario id ({@code out-of-office}), or {@link #OTHER}
 */
public record ScenarioRules(String scenario, List<RuleEntry> rules, List<CaseEntry> cases) {
    /** The group of rules that match no single scenario's situation. */
    public static final String OTHER = "other";

    public ScenarioRules {
        Objects.requireNonNull(scenario, "scenario");
        rules = List.copyOf(rules);
        cases = List.copyOf(cases);
    }

    /** The rules that no case of the casebooks fires. */
    public List<RuleEntry> uncovered() {
        return rules.stream().filter(r -> !r.covered()).toList();
    }
}
