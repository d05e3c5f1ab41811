package org.workprivacy.rules.api.rulebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.workprivacy.rules.api.verdict.Outcome;

/**
 * One casebook case and how the rule set decides it.
 *
 * @param name       the case's name
 * @param casebook   the casebook file, relative to the rule-set root
 * @param source     where the case comes from (may be empty)
 * @param factsJson  the case's facts as a JSON object
 * @param expected   the outcome legal staff expect
 * @param actual     the outcome the rules give; empty when the facts cannot be read
 * @param mismatches every difference from what was expected; empty when the case passes
 * @param firedRules the names of the rules that fired (in every completion of unstated facts)
 */
public record CaseEntry(String name, String casebook, String source, String factsJson, Outcome expected,
                        Optional<Outcome> actual, List<String> mismatches, List<String> firedRules) {
    public CaseEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(casebook, "casebook");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(factsJson, "factsJson");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        mismatches = List.copyOf(mismatches);
        firedRules = List.copyOf(firedRules);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
