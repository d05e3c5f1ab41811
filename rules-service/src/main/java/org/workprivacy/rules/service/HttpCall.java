package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.workprivacy.rules.api.verdict.Language;

/**
 * One request and its answer: what the endpoints need from Jetty's request and response, and JSON
 * answers. The body has been read (without holding a thread while it arrived) before an endpoint runs.
 */
final class HttpCall {
    private final Request request;
    private final Response response;
    private final Callback done;
    private final ObjectMapper json;
    private final String decisionId;
    private byte[] body = new byte[0];
    private boolean answered;
    private OutputStream streaming;

    HttpCall(Request request, Response response, Callback done, ObjectMapper json, String decisionId) {
        this.request = request;
        this.response = response;
        this.done = done;
        this.json = json;
        this.decisionId = decisionId;
    }

    String method() {
        return request.getMethod();
    }

    /** The path as sent (not normalized: {@code //v1/decisions} stays what it is). */
    String path() {
        return request.getHttpURI().getPath();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    /** The id of this request's decision (a batch numbers its entries after it). */
    String decisionId() {
        return decisionId;
    }

    void body(byte[] body) {
        this.body = body;
    }

    /** The query parameters; an unknown or repeated one is an error naming it. */
    Map<String, String> query(Set<String> known) {
        Map<String, String> parameters = new HashMap<>();
        String raw = request.getHttpURI().getQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8);
            String value = nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "";
            if (!known.contains(name)) {
                throw HttpProblem.badRequest(name, "unknown query parameter; known: " + known);
            }
            if (parameters.put(name, value) != null) {
                throw HttpProblem.badRequest(name, "given more than once");
            }
        }
        return parameters;
    }

    /** The language asked for with {@code ?lang=} or {@code Accept-Language}. */
    Language language() {
        return LanguageChoice.choose(Optional.ofNullable(query(Set.of(LanguageChoice.PARAMETER)).get(LanguageChoice.PARAMETER)),
                request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
    }

    /** The body, already checked to be JSON and no larger than the limit (see {@link RequestBody}). */
    byte[] jsonBody() {
        return body;
    }

    boolean answered() {
        return answered;
    }

    /** Answers with {@code body} serialized as JSON. */
    void answer(int status, Object body) {
        answer(status, bytes(body), Map.of());
    }

    void answer(HttpProblem problem) {
        Map<String, String> headers = problem.headers();
        if (!headers.containsKey("Connection") && !request.consumeAvailable()) {
            // Refused before its body was read (401, 404, 405, ...): what is still coming cannot carry another
            // request, so say the connection closes rather than let a client reuse it and find it gone.
            headers = new HashMap<>(headers);
            headers.put("Connection", "close");
        }
        answer(problem.status(), bytes(problem.error().body()), headers);
    }

    /** Answers with JSON that is already serialized; completes the request when it is written. */
    void answer(int status, byte[] jsonBody, Map<String, String> headers) {
        headers(status, headers);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, jsonBody.length);
        response.write(true, ByteBuffer.wrap(jsonBody), done);
    }

    /**
     * Answers with JSON that is already serialized, and runs {@code afterSent} once it was written (the
     * decision log: a decision is logged only once its answer left); not when writing it failed.
     */
    void answer(int status, byte[] jsonBody, Map<String, String> headers, Runnable afterSent) {
        headers(status, headers);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, jsonBody.length);
        response.write(true, ByteBuffer.wrap(jsonBody), Callback.from(() -> {
            try {
                afterSent.run();
            } finally {
                done.succeeded(); // the answer was sent whatever the log did
            }
        }, done::failed));
    }

    /**
     * Answers with a page (HTML) or another text. Pages load only their own scripts and styles, from this
     * service: no inline script, nothing from elsewhere.
     */
    void answerText(int status, String contentType, String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'");
        answer(status, text.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Starts a chunked JSON answer whose body the caller writes (blocking) and closes as it goes. */
    OutputStream answerStreaming(int status, Map<String, String> headers) {
        headers(status, headers);
        streaming = Content.Sink.asOutputStream(response);
        return streaming;
    }

    /** After an endpoint returned: a streamed answer is complete once its stream was closed. */
    void endpointReturned() {
        if (streaming != null) {
            done.succeeded();
        }
    }

    /** Headers every answer carries, plus {@code extra}; marks the call answered. */
    private void headers(int status, Map<String, String> extra) {
        answered = true;
        response.setStatus(status);
        var headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        // Verdicts are about people: no shared cache may keep them.
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        extra.forEach(headers::put);
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the request (the connection is closed) when nothing sensible can be answered any more. */
    void abort(Throwable cause) {
        done.failed(cause);
    }

    static IOException io(Throwable cause) {
        return cause instanceof IOException io ? io : new IOException(cause);
    }
}
