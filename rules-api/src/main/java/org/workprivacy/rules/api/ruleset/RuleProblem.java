package org.workprivacy.rules.api.ruleset;

import java.util.Objects;

/**
 * One problem in a rule set, located as precisely as the rule compiler allows. Line and column are
 * 1-based; 0 means unknown.
 */
public record RuleProblem(Severity severity, String file, int line, int column, String message) {

    /** An ERROR keeps the rule set out; a WARNING is reported and the rules are used. */
    public enum Severity { ERROR, WARNING }

    /** The canonical constructor: refuses null components and treats negative numbers as 0 (unknown). */
    public RuleProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** {@code file:line[:column]: message}, the format editors and CI logs understand. */
    public String located() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
