package org.workprivacy.rules.service;

import java.util.Map;
import org.workprivacy.rules.api.situation.InvalidSituationException;

/**
 * A request the service refuses: the HTTP status, the field at fault (or ""), response headers to add, and
 * a short cause for the metrics ({@code invalid-situation}, {@code malformed-json}, ...; by default named
 * after the status).
 */
final class HttpProblem extends RuntimeException {
    private final int status;
    private final String field;
    private final Map<String, String> headers;
    private final String cause;

    HttpProblem(int status, String field, String message, Map<String, String> headers, String cause) {
        super(message, null, false, false); // a refusal, not a bug: no stack trace to fill
        this.status = status;
        this.field = field;
        this.headers = Map.copyOf(headers);
        this.cause = cause;
    }

    HttpProblem(int status, String field, String message, Map<String, String> headers) {
        this(status, field, message, headers, causeOf(status));
    }

    HttpProblem(int status, String field, String message) {
        this(status, field, message, Map.of());
    }

    static HttpProblem badRequest(String field, String message) {
        return new HttpProblem(400, field, message);
    }

    /** A situation that could not be read: 400, naming the field as the API does. */
    static HttpProblem of(InvalidSituationException e) {
        return new HttpProblem(400, e.field(), withoutField(e), Map.of(), "invalid-situation");
    }

    /** The reason without the {@code field: } prefix that the exception's message starts with. */
    static String withoutField(InvalidSituationException e) {
        String prefix = e.field() + ": ";
        return !e.field().isEmpty() && e.getMessage().startsWith(prefix)
                ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    /** The cause label of a status when nothing more precise is known. */
    static String causeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "no-endpoint";
            case 405 -> "wrong-method";
            case 408 -> "timeout";
            case 409 -> "not-reloadable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "broken-rules";
            case 500 -> "internal";
            case 503 -> "stopping";
            default -> "status-" + status;
        };
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** A short, bounded name for why the request was refused (a metrics label). */
    String cause() {
        return cause;
    }

    ErrorJson error() {
        return new ErrorJson(status, field, getMessage());
    }
}
