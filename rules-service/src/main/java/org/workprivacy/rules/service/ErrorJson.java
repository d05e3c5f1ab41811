package org.workprivacy.rules.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The error the service answers instead of a verdict: {@code {"error": {"status": 400, "field":
 * "facts.method", "message": "..."}}}. {@code field} names the JSON path, query parameter or header at
 * fault and is left out when the request as a whole is.
 */
record ErrorJson(int status, @JsonInclude(JsonInclude.Include.NON_EMPTY) String field, String message) {

    /** The response body: the error wrapped in {@code {"error": ...}}. */
    record Body(ErrorJson error) {
    }

    Body body() {
        return new Body(this);
    }
}
