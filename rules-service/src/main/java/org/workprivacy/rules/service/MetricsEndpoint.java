package org.workprivacy.rules.service;

import java.util.Map;

/** {@code GET /metrics}: the Prometheus text format (see {@link ServiceMetrics}). */
final class MetricsEndpoint implements Endpoint {
    private final ServiceMetrics metrics;

    MetricsEndpoint(ServiceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpCall call) {
        call.answer(200, metrics.scrape(), Map.of("Content-Type", ServiceMetrics.CONTENT_TYPE));
    }
}
