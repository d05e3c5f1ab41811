package org.workprivacy.rules.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Why an input (a line of JSON Lines, an element of a service batch) got no verdict: the one error record
 * of every batch front end, {@code {"kind": "invalid-situation", "field": "facts.method", "message": "..."}}.
 * {@code field} is the JSON path of the offending field, {@code ""} when the whole input is at fault.
 */
public record LineError(Kind kind, String field, String message) {
    /** What the caller can do about it. */
    public enum Kind {
        /** The input is not a valid situation (not JSON, unknown field or value, ...): fix the input. */
        INVALID_SITUATION("invalid-situation"),
        /** A valid situation, but a rule failed while deciding it: the rules need fixing. */
        RULE_FAILED("rule-failed"),
        /** Something else went wrong while deciding: a defect, reported with the exception's type. */
        INTERNAL_ERROR("internal-error");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
    }

    public LineError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    static LineError invalid(String field, String message) {
        return new LineError(Kind.INVALID_SITUATION, field, message);
    }
}
