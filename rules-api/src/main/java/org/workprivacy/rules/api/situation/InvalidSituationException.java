package org.workprivacy.rules.api.situation;

/**
 * A situation could not be read: malformed JSON, an unknown scenario, an unknown fact or a value of the
 * wrong type. {@link #field()} names the offending field as a JSON path (e.g. {@code facts.method}).
 */
public final class InvalidSituationException extends RuntimeException {
    private final String field;

    public InvalidSituationException(String field, String message) {
        // No stack trace: the field and message say everything, and partial evaluation meets (and skips)
        // contradictory completions by the thousand, where filling in a stack trace would dominate the cost.
        super(field.isEmpty() ? message : field + ": " + message, null, false, false);
        this.field = field;
    }

    /** JSON path of the offending field; empty when the whole document is at fault. */
    public String field() {
        return field;
    }
}
