package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to the endpoint for its exact path and method, and turns every refusal into a JSON
 * error: 404 for an unknown path, 405 (with {@code Allow}) for a wrong method, 401/403 without the token
 * needed, 500 for anything unforeseen. HEAD is answered wherever GET is. A request body is read as it
 * arrives, before the endpoint runs, so a slow client holds no thread.
 */
final class Router extends Handler.Abstract {
    record Route(String method, String path, AccessControl.Level access, boolean readsBody, Endpoint endpoint) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final List<Route> routes;
    private final InFlight inFlight;
    private final ObjectMapper json;
    private final Consumer<String> log;
    private final AccessControl access;
    private final ServiceMetrics metrics;
    private final DecisionIds ids = new DecisionIds();
    private final int maxBodyBytes;

    Router(List<Route> routes, InFlight inFlight, ObjectMapper json, AccessControl access, ServiceMetrics metrics,
           int maxBodyBytes, Consumer<String> log) {
        this.routes = List.copyOf(routes);
        this.inFlight = inFlight;
        this.json = json;
        this.access = access;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!inFlight.enter()) {
            HttpCall call = new HttpCall(request, response, callback, json, "");
            problem(call, new HttpProblem(503, "", "the service is stopping", Map.of("Connection", "close")));
            return true;
        }
        Callback done = new Callback.Nested(callback) {
            @Override
            public void completed() {
                inFlight.exit(); // only now: stopping waits until the answer, errors included, is out
            }
        };
        HttpCall call = new HttpCall(request, response, done, json, ids.next());
        try {
            Route route = route(call);
            access.check(route.access(), call.header("Authorization"));
            if (route.readsBody()) {
                RequestBody.readJson(request, maxBodyBytes, body -> {
                    call.body(body);
                    run(route, call);
                }, failure -> failed(call, failure));
            } else {
                run(route, call);
            }
        } catch (HttpProblem problem) {
            problem(call, problem);
        } catch (RuntimeException e) {
            unforeseen(call, e);
        }
        return true;
    }

    private void run(Route route, HttpCall call) {
        try {
            route.endpoint().handle(call);
            call.endpointReturned();
        } catch (HttpProblem problem) {
            problem(call, problem);
        } catch (IOException e) {
            call.abort(e); // the client went away; nobody is left to answer
        } catch (RuntimeException e) {
            unforeseen(call, e);
        }
    }

    private void failed(HttpCall call, Throwable failure) {
        if (failure instanceof HttpProblem problem) {
            problem(call, problem);
        } else {
            // The body never arrived whole: the client went away, or stalled past the idle timeout.
            metrics.refused(408, "body-not-received");
            call.abort(failure);
        }
    }

    private void unforeseen(HttpCall call, RuntimeException e) {
        log.accept("error: " + call.method() + " " + call.path() + ": " + e);
        problem(call, new HttpProblem(500, "", "internal error; no verdict was given"));
    }

    private void problem(HttpCall call, HttpProblem problem) {
        metrics.refused(problem.status(), problem.cause());
        if (call.answered()) {
            call.abort(problem); // headers are out (a streamed answer): cutting the connection tells the client
        } else {
            call.answer(problem);
        }
    }

    private Route route(HttpCall call) {
        List<Route> onPath = routes.stream().filter(r -> r.path().equals(call.path())).toList();
        if (onPath.isEmpty()) {
            throw new HttpProblem(404, "", "no endpoint at " + call.path() + "; the endpoints are "
                    + routes.stream().map(Route::toString).collect(Collectors.joining(", ")));
        }
        return onPath.stream().filter(r -> r.method().equals(call.method())
                        || r.method().equals("GET") && call.method().equals("HEAD")).findFirst()
                .orElseThrow(() -> {
                    String allowed = onPath.stream().map(r -> r.method().equals("GET") ? "GET, HEAD" : r.method())
                            .collect(Collectors.joining(", "));
                    return new HttpProblem(405, "", call.method() + " is not allowed on " + call.path()
                            + "; use " + allowed, Map.of("Allow", allowed));
                });
    }
}
