package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Sends each request to the endpoint for its exact path and method, and turns every refusal into a JSON
 * error: 404 for an unknown path, 405 (with {@code Allow}) for a wrong method, 500 for anything unforeseen.
 * HEAD is answered wherever GET is.
 * The JDK server matches contexts by prefix, so this one handler takes every path and matches exactly.
 */
final class Router implements HttpHandler {
    record Route(String method, String path, Endpoint endpoint) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final List<Route> routes;
    private final InFlight inFlight;
    private final ObjectMapper json;
    private final Consumer<String> log;

    Router(List<Route> routes, InFlight inFlight, ObjectMapper json, Consumer<String> log) {
        this.routes = List.copyOf(routes);
        this.inFlight = inFlight;
        this.json = json;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        HttpCall call = new HttpCall(exchange, json);
        if (!inFlight.enter()) {
            answerIfStill(call, new HttpProblem(503, "", "the service is stopping", Map.of("Connection", "close")));
            exchange.close();
            return;
        }
        try {
            route(call).handle(call);
        } catch (HttpProblem problem) {
            answerIfStill(call, problem);
        } catch (IOException e) {
            // The client went away or sent a broken request; nobody is left to answer.
        } catch (RuntimeException e) {
            log.accept("error: " + call.method() + " " + call.path() + ": " + e);
            answerIfStill(call, new HttpProblem(500, "", "internal error; no verdict was given"));
        } finally {
            exchange.close();
            inFlight.exit(); // only now: stopping waits until the answer, errors included, is out
        }
    }

    private Endpoint route(HttpCall call) {
        List<Route> onPath = routes.stream().filter(r -> r.path().equals(call.path())).toList();
        if (onPath.isEmpty()) {
            throw new HttpProblem(404, "", "no endpoint at " + call.path() + "; the endpoints are "
                    + routes.stream().map(Route::toString).collect(Collectors.joining(", ")));
        }
        return onPath.stream().filter(r -> r.method().equals(call.method())
                        || r.method().equals("GET") && call.method().equals("HEAD")).findFirst()
                .map(Route::endpoint)
                .orElseThrow(() -> {
                    String allowed = onPath.stream().map(r -> r.method().equals("GET") ? "GET, HEAD" : r.method())
                            .collect(Collectors.joining(", "));
                    return new HttpProblem(405, "", call.method() + " is not allowed on " + call.path()
                            + "; use " + allowed, Map.of("Allow", allowed));
                });
    }

    private static void answerIfStill(HttpCall call, HttpProblem problem) {
        if (call.answered()) {
            return; // headers are out (a streamed answer); closing the exchange is all that is left
        }
        try {
            call.answer(problem);
        } catch (IOException e) {
            // The client went away.
        }
    }
}
