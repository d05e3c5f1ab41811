package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.workprivacy.rules.api.decisionlog.DecisionLog;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.workprivacy.rules.service.Router.Route;

/**
 * The HTTP decision service, on the JDK's own server ({@code com.sun.net.httpserver}): decisions one at a
 * time or in batches, the situation schema, health and reload. Requests run on a bounded pool; when its
 * queue is full too, new connections are closed rather than queued without end.
 */
public final class DecisionService implements AutoCloseable {
    /** How long stopping waits for requests in flight. */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** Connections that may wait for a thread, per thread, before new ones are refused. */
    private static final int QUEUE_PER_THREAD = 64;

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final InFlight inFlight;
    private final String host;
    private boolean closed;

    private DecisionService(HttpServer server, ThreadPoolExecutor pool, InFlight inFlight, String host) {
        this.server = server;
        this.pool = pool;
        this.inFlight = inFlight;
        this.host = host;
    }

    /**
     * Starts listening and answering.
     *
     * @param log receives notable events (reloads, unforeseen errors); never the facts of a request
     * @throws IOException when the address cannot be bound (port in use, not permitted)
     */
    public static DecisionService start(ServiceConfig config, ServedRules rules, Consumer<String> log) throws IOException {
        return start(config, rules, Optional.empty(), log);
    }

    /**
     * Starts listening and answering, appending every decision to {@code decisions} when given. A verdict
     * is only sent after its decision-log line was written.
     */
    public static DecisionService start(ServiceConfig config, ServedRules rules, Optional<DecisionLog> decisions,
                                        Consumer<String> log) throws IOException {
        ObjectMapper json = JsonMapper.builder().build();
        List<Route> routes = List.of(
                new Route("POST", "/v1/decisions", new DecideEndpoint(rules, config.maxBodyBytes(), decisions)),
                new Route("POST", "/v1/decisions:batch", new BatchEndpoint(rules, config, json, decisions, log)),
                new Route("GET", "/v1/schema", new SchemaEndpoint(json)),
                new Route("GET", "/v1/health", new HealthEndpoint(rules)),
                new Route("POST", "/v1/reload", new ReloadEndpoint(rules, log)));
        InFlight inFlight = new InFlight();
        HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.threads() * QUEUE_PER_THREAD), threads());
        server.setExecutor(pool);
        server.createContext("/", new Router(routes, inFlight, json, log));
        server.start();
        return new DecisionService(server, pool, inFlight, config.host());
    }

    /** The port listened on; the one picked when the configuration asked for port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host; // an IPv6 literal needs brackets
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /**
     * Stops: turns new requests away, lets those in flight finish (up to {@link #GRACE}), then closes the
     * listener and the threads.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            inFlight.drain(GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        pool.shutdown();
        try {
            pool.awaitTermination(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "workprivacy-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
