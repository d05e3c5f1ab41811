package org.workprivacy.rules.api.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * Everything wrong with a rules directory, found at once: compile errors, rules without reason code or
 * legal basis, missing texts, broken casebooks and invariants, rules no case fires. Each problem is
 * located as {@code file:line:column}.
 *
 * @param rules    which rules were checked (a directory, or "bundled rules")
 * @param problems the problems, sorted by file, line and column; empty when there are none
 */
public record CheckReport(String rules, List<RuleProblem> problems) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public CheckReport {
        Objects.requireNonNull(rules, "rules");
        problems = List.copyOf(problems);
    }

    /** The problems that keep the rules out. */
    public List<RuleProblem> errors() {
        return problems.stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).toList();
    }

    /** The problems that are reported while the rules are still used. */
    public List<RuleProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == RuleProblem.Severity.WARNING).toList();
    }

    /** No errors (warnings may remain). */
    public boolean passed() {
        return errors().isEmpty();
    }
}
