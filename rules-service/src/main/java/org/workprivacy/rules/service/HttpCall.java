package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.workprivacy.rules.api.verdict.Language;

/** One request and its answer: what the endpoints need from an {@link HttpExchange}, and JSON answers. */
final class HttpCall {
    private final HttpExchange exchange;
    private final ObjectMapper json;
    private boolean answered;

    HttpCall(HttpExchange exchange, ObjectMapper json) {
        this.exchange = exchange;
        this.json = json;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    /** The query parameters; an unknown or repeated one is an error naming it. */
    Map<String, String> query(Set<String> known) {
        Map<String, String> parameters = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
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
                exchange.getRequestHeaders().getFirst("Accept-Language"));
    }

    /** The body, which must be JSON and no larger than {@code maxBytes}. */
    byte[] jsonBody(int maxBytes) throws IOException {
        return RequestBody.readJson(exchange.getRequestHeaders(), exchange.getRequestBody(), maxBytes);
    }

    boolean answered() {
        return answered;
    }

    /** Answers with {@code body} serialized as JSON. */
    void answer(int status, Object body) throws IOException {
        answer(status, bytes(body), Map.of());
    }

    /** Answers with JSON that is already serialized. */
    void answer(int status, byte[] jsonBody, Map<String, String> headers) throws IOException {
        answer(status, jsonBody, headers, 0);
    }

    void answer(HttpProblem problem) throws IOException {
        answer(problem.status(), bytes(problem.error().body()), problem.headers(), problem.discard());
    }

    private void answer(int status, byte[] jsonBody, Map<String, String> headers, long discard) throws IOException {
        headers(headers);
        if (method().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(jsonBody.length));
            exchange.sendResponseHeaders(status, -1); // the headers GET would send, and no body
            return;
        }
        exchange.sendResponseHeaders(status, jsonBody.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(jsonBody);
            out.flush(); // the answer is on its way before any rest of the request body is discarded
            RequestBody.discard(exchange.getRequestBody(), discard);
        }
    }

    /** Starts a chunked JSON answer whose body the caller writes (and closes) as it goes. */
    OutputStream answerStreaming(int status, Map<String, String> headers) throws IOException {
        headers(headers);
        exchange.sendResponseHeaders(status, 0);
        return exchange.getResponseBody();
    }

    /** Headers every answer carries, plus {@code extra}; marks the call answered. */
    private void headers(Map<String, String> extra) {
        answered = true;
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json; charset=utf-8");
        // Verdicts are about people: no shared cache may keep them.
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        extra.forEach(headers::set);
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
