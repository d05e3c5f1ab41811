package org.workprivacy.rules.api.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be loaded or a rule failed while deciding; no verdict is given. */
public final class RuleSetException extends RuntimeException {
    private final List<RuleProblem> problems;

    /** The rule set has these problems; the message lists them, one {@code file:line[:column]: message} a line. */
    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::located).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Problems that arose from {@code cause} (a rule that failed while deciding, say). */
    public RuleSetException(List<RuleProblem> problems, Throwable cause) {
        super(problems.stream().map(RuleProblem::located).collect(Collectors.joining(System.lineSeparator())), cause);
        this.problems = List.copyOf(problems);
    }

    /** A failure that cannot be located in a rule file (the rules could not be read at all, say). */
    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** The located problems; empty when the failure has no location. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
