package org.workprivacy.rules.api.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be loaded or a rule failed while deciding; no verdict is given. */
public final class RuleSetException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::located).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Problems that arose from {@code cause} (a rule that failed while deciding, say). */
    public RuleSetException(List<RuleProblem> problems, Throwable cause) {
        super(problems.stream().map(RuleProblem::located).collect(Collectors.joining(System.lineSeparator())), cause);
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
