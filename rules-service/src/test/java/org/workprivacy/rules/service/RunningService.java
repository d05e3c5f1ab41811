package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.workprivacy.rules.api.json.Json;

/** A decision service on a free localhost port with a client for it; one per test class. */
final class RunningService implements AutoCloseable {
    /** An answer: status, headers and the body, parsed as JSON when it is JSON. */
    record Answer(int status, java.net.http.HttpHeaders headers, String body, JsonNode json) {
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The error's field, or "" when the error names none. */
        String errorField() {
            return json.path("error").path("field").asText("");
        }

        String errorMessage() {
            return json.path("error").path("message").asText("");
        }
    }

    static final ObjectMapper JSON = Json.mapper();

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private final DecisionService service;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final List<String> log = new CopyOnWriteArrayList<>();

    private RunningService(ServiceConfig config, ServedRules rules, java.util.Optional<org.workprivacy.rules.decisionlog.DecisionLog> decisions) {
        this(config, rules, decisions, AccessControl.open());
    }

    private RunningService(ServiceConfig config, ServedRules rules,
                           java.util.Optional<org.workprivacy.rules.decisionlog.DecisionLog> decisions, AccessControl access) {
        try {
            this.service = DecisionService.start(config.withPort(0), rules, decisions, access, log::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunningService start(ServedRules rules) {
        return new RunningService(ServiceConfig.defaults().withThreads(4), rules, java.util.Optional.empty());
    }

    static RunningService start(ServedRules rules, org.workprivacy.rules.decisionlog.DecisionLog decisions) {
        return new RunningService(ServiceConfig.defaults().withThreads(4), rules, java.util.Optional.of(decisions));
    }

    static RunningService start(ServiceConfig config, ServedRules rules) {
        return new RunningService(config, rules, java.util.Optional.empty());
    }

    static RunningService start(ServiceConfig config, ServedRules rules, AccessControl access) {
        return new RunningService(config, rules, java.util.Optional.empty(), access);
    }

    /** As serve does: reads the page's rulebook in the background now and after each reload. */
    void prepareRulebook() {
        service.prepareRulebook();
    }

    int port() {
        return service.port();
    }

    URI uri(String pathAndQuery) {
        return service.uri().resolve(pathAndQuery.substring(1));
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    Answer postJson(String pathAndQuery, String json) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = !body.isEmpty() && response.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? JSON.readTree(body) : JSON.missingNode();
            return new Answer(response.statusCode(), response.headers(), body, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
