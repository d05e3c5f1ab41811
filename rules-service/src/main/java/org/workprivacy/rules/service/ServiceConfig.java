package org.workprivacy.rules.service;

/**
 * How the decision service listens and what it accepts.
 *
 * @param host         address to bind; the loopback address by default, so nothing outside the machine
 *                     reaches the service unless asked for
 * @param port         TCP port; 0 picks a free one (see {@link DecisionService#uri()})
 * @param maxBodyBytes largest request body accepted; a larger one is refused with 413 before it is read
 * @param maxBatchSize most situations in one batch request
 * @param threads      request threads; decisions are CPU-bound, so a few per core is enough
 */
public record ServiceConfig(String host, int port, int maxBodyBytes, int maxBatchSize, int threads) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH_SIZE = 10_000;
    /** Room for the one byte read past the limit to detect a body that is too large. */
    private static final int LARGEST_BODY = Integer.MAX_VALUE - 16;

    public ServiceConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host: give an address or host name to listen on");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port: must be 0 (any free port) to 65535, got " + port);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > LARGEST_BODY) {
            throw new IllegalArgumentException("max body bytes: must be 1 to " + LARGEST_BODY + ", got " + maxBodyBytes);
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("max batch size: must be at least 1, got " + maxBatchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be at least 1, got " + threads);
        }
    }

    /** Localhost, port 8080, 1 MiB per request, 10,000 situations per batch, two threads per core (at least 4). */
    public static ServiceConfig defaults() {
        return new ServiceConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_SIZE,
                defaultThreads());
    }

    public static int defaultThreads() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    public ServiceConfig withHost(String host) {
        return new ServiceConfig(host, port, maxBodyBytes, maxBatchSize, threads);
    }

    public ServiceConfig withPort(int port) {
        return new ServiceConfig(host, port, maxBodyBytes, maxBatchSize, threads);
    }

    public ServiceConfig withMaxBodyBytes(int maxBodyBytes) {
        return new ServiceConfig(host, port, maxBodyBytes, maxBatchSize, threads);
    }

    public ServiceConfig withMaxBatchSize(int maxBatchSize) {
        return new ServiceConfig(host, port, maxBodyBytes, maxBatchSize, threads);
    }

    public ServiceConfig withThreads(int threads) {
        return new ServiceConfig(host, port, maxBodyBytes, maxBatchSize, threads);
    }
}
