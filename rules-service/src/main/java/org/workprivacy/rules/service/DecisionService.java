package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.decisionlog.DecisionAudit;
import org.workprivacy.rules.decisionlog.DecisionLog;
import org.workprivacy.rules.service.AccessControl.Level;
import org.workprivacy.rules.service.Router.Route;

/**
 * The HTTP decision service, on Jetty 12 (chosen over the JDK's own server by measurement, see
 * docs/service.md): decisions one at a time or in batches, the situation schema, the OpenAPI document,
 * health, reload and Prometheus metrics.
 *
 * <p>Connections are handled without a thread each: a thread is taken only once a request is complete
 * (headers and body), so clients that stall halfway hold a connection until the idle timeout, not a thread.
 * Small answers go out in one write with TCP_NODELAY, so keep-alive connections do not wait for delayed
 * acknowledgements.
 */
public final class DecisionService implements AutoCloseable {
    /** How long stopping waits for requests in flight. */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** A connection that sends nothing for this long is closed (a stalled client, an idle keep-alive). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Open connections at most; beyond that the server stops accepting until some close. */
    static final int MAX_CONNECTIONS = 10_000;

    private final Server server;
    private final ServerConnector connector;
    private final InFlight inFlight;
    private final String host;
    private final RulebookPage page;
    private boolean closed;

    private DecisionService(Server server, ServerConnector connector, InFlight inFlight, String host, RulebookPage page) {
        this.server = server;
        this.connector = connector;
        this.inFlight = inFlight;
        this.host = host;
        this.page = page;
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
     * Starts listening and answering, appending every decision to {@code decisions} when given. A decision
     * is logged once its answer was sent, so the log never claims a verdict that did not leave the service.
     */
    public static DecisionService start(ServiceConfig config, ServedRules rules, Optional<DecisionLog> decisions,
                                        Consumer<String> log) throws IOException {
        return start(config, rules, decisions, AccessControl.open(), log);
    }

    /**
     * Starts listening with bearer tokens read from {@code clientTokens} (for decisions) and
     * {@code adminTokens} (for reload and metrics); see docs/service.md.
     *
     * @throws IllegalArgumentException when a token file cannot be read or holds no token
     */
    public static DecisionService start(ServiceConfig config, ServedRules rules, Optional<DecisionLog> decisions,
                                        Optional<java.nio.file.Path> clientTokens,
                                        Optional<java.nio.file.Path> adminTokens, Consumer<String> log)
            throws IOException {
        AccessControl access;
        try {
            access = AccessControl.fromFiles(clientTokens, adminTokens);
        } catch (IOException e) {
            throw new IllegalArgumentException("token file: " + e.getMessage(), e);
        }
        return start(config, rules, decisions, access, log);
    }

    static DecisionService start(ServiceConfig config, ServedRules rules, Optional<DecisionLog> decisions,
                                 AccessControl access, Consumer<String> log) throws IOException {
        ObjectMapper json = Json.mapper();
        DecisionAudit audit = DecisionAudit.of(decisions);
        InFlight inFlight = new InFlight();
        ServiceMetrics metrics = new ServiceMetrics(rules, inFlight::running);
        RulebookPage page = new RulebookPage(rules);
        List<Route> routes = List.of(
                new Route("POST", "/v1/decisions", Level.CLIENT, true,
                        new DecideEndpoint(rules, audit, metrics, log)),
                new Route("POST", "/v1/explanations", Level.CLIENT, true, new ExplainEndpoint(rules, json)),
                new Route("POST", "/v1/decisions:batch", Level.CLIENT, true,
                        new BatchEndpoint(rules, config, json, audit, metrics, log)),
                new Route("GET", "/v1/schema", Level.OPEN, false, new SchemaEndpoint(json)),
                new Route("GET", "/v1/openapi.json", Level.OPEN, false, new OpenApiEndpoint(json)),
                new Route("GET", "/v1/health", Level.OPEN, false, new HealthEndpoint(rules)),
                new Route("POST", "/v1/reload", Level.ADMIN, false, new ReloadEndpoint(rules, log)),
                new Route("GET", "/metrics", Level.ADMIN, false, new MetricsEndpoint(metrics)),
                // The page for legal staff (docs/web.md): open like the schema, it shows rules, not decisions.
                new Route("GET", "/", Level.OPEN, false, page),
                new Route("GET", "/static/rulebook.css", Level.OPEN, false, new StaticFile("rulebook.css")),
                new Route("GET", "/static/rulebook.js", Level.OPEN, false, new StaticFile("rulebook.js")),
                new Route("GET", "/static/try.js", Level.OPEN, false, new StaticFile("try.js")));

        // Jetty takes one thread for accepting and one for selecting; the rest answer requests.
        QueuedThreadPool threads = new QueuedThreadPool(config.threads() + 2, Math.min(config.threads() + 2, 4));
        threads.setName("workprivacy-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setAcceptedTcpNoDelay(true);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setErrorHandler(new JsonErrorHandler(json, metrics));
        server.setHandler(new Router(routes, inFlight, json, access, metrics, config.maxBodyBytes(), log));
        server.setStopTimeout(GRACE.toMillis());
        server.setStopAtShutdown(false); // the caller decides when to stop (serve does so on SIGTERM)
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            page.close();
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            page.close();
            throw e.getCause() instanceof BindException bind ? bind : new IOException(e.getMessage(), e);
        }
        return new DecisionService(server, connector, inFlight, config.host(), page);
    }

    /**
     * Reads the rulebook of the page at {@code /} now, on a thread of its own, and again after every reload
     * that changes the rules, so that no view of the page waits for the casebooks to run (seconds). serve
     * does this; an embedder or test that never shows the page need not spend the time.
     */
    public void prepareRulebook() {
        page.prepareInBackground();
    }

    /** Whether {@code host} names only this machine (then the service needs no token). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The port listened on; the one picked when the configuration asked for port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host; // an IPv6 literal needs brackets
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /**
     * Stops: turns new requests away (503), lets those in flight finish (up to {@link #GRACE}), then closes
     * the listener, the connections and the threads.
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
        stopQuietly(server);
        page.close();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping anyway: nothing left to do about a connection that would not close.
        }
    }
}
