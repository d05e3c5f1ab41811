package org.workprivacy.rules.service;

import java.util.Map;
import org.workprivacy.rules.api.situation.InvalidSituationException;

/** A request the service refuses: the HTTP status, the field at fault (or ""), and response headers to add. */
final class HttpProblem extends RuntimeException {
    private final int status;
    private final String field;
    private final Map<String, String> headers;
    private final long discard;

    HttpProblem(int status, String field, String message, Map<String, String> headers, long discard) {
        super(message);
        this.status = status;
        this.field = field;
        this.headers = Map.copyOf(headers);
        this.discard = discard;
    }

    HttpProblem(int status, String field, String message, Map<String, String> headers) {
        this(status, field, message, headers, 0);
    }

    HttpProblem(int status, String field, String message) {
        this(status, field, message, Map.of());
    }

    static HttpProblem badRequest(String field, String message) {
        return new HttpProblem(400, field, message);
    }

    /** A situation that could not be read: 400, naming the field as the API does. */
    static HttpProblem of(InvalidSituationException e) {
        return badRequest(e.field(), withoutField(e));
    }

    /** The reason without the {@code field: } prefix that the exception's message starts with. */
    static String withoutField(InvalidSituationException e) {
        String prefix = e.field() + ": ";
        return !e.field().isEmpty() && e.getMessage().startsWith(prefix)
                ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** How many bytes of the unread request body to read and throw away after answering (see {@link RequestBody}). */
    long discard() {
        return discard;
    }

    ErrorJson error() {
        return new ErrorJson(status, field, getMessage());
    }
}
