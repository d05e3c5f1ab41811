package org.workprivacy.rules.api.rulebook;

import java.util.List;
import java.util.Objects;

/**
 * A rule set as legal staff read it.
 *
 * @param ruleSetVersion the version every verdict of this rule set carries
 * @param scenarios      the scenarios in their usual order, each with its rules and cases; rules whose
 *                       scenario cannot be told come last under {@link ScenarioRules#OTHER}
 * @param problems       what could not be read (a broken casebook, say), in words; empty when all was read
 */
public record Rulebook(String ruleSetVersion, List<ScenarioRules> scenarios, List<String> problems) {
    public Rulebook {
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
    }

    /** Every rule of every scenario. */
    public List<RuleEntry> rules() {
        return scenarios.stream().flatMap(s -> s.rules().stream()).toList();
    }
}
