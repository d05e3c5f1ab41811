package org.workprivacy.rules.service;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.api.ruleset.ReloadResult;

/**
 * What {@code GET /metrics} shows, in the Prometheus text format: decisions by scenario and outcome, how
 * long they took, batch sizes, refusals by status and cause, the rule-set version, and reloads by result.
 * Every label has a small, fixed set of values (no ids, no facts, nothing a client chooses freely).
 */
final class ServiceMetrics {
    /** The content type of the Prometheus text format that {@link #scrape()} writes. */
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter decisions = Counter.builder().name("workprivacy_decisions_total")
            .help("Decisions given, by scenario and outcome (batch entries included).")
            .labelNames("scenario", "outcome").register(registry);
    private final Histogram latency = Histogram.builder().name("workprivacy_decision_seconds")
            .help("Time to decide one situation, from read situation to verdict (no HTTP).")
            .classicUpperBounds(0.000_005, 0.000_01, 0.000_025, 0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001,
                    0.002_5, 0.005, 0.01, 0.025, 0.05, 0.1)
            .register(registry);
    private final Histogram batchSizes = Histogram.builder().name("workprivacy_batch_situations")
            .help("Situations per POST /v1/decisions:batch request.")
            .classicUpperBounds(1, 10, 100, 1_000, 10_000, 100_000).register(registry);
    private final Counter errors = Counter.builder().name("workprivacy_http_errors_total")
            .help("Requests refused or failed, by HTTP status and cause.")
            .labelNames("status", "cause").register(registry);
    private final Counter reloads = Counter.builder().name("workprivacy_reloads_total")
            .help("Rule-set reloads (POST /v1/reload or --watch), by result: changed, unchanged, failed.")
            .labelNames("result").register(registry);
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    ServiceMetrics(ServedRules rules, java.util.function.IntSupplier inFlight) {
        GaugeWithCallback.builder().name("workprivacy_requests_in_flight")
                .help("Requests being answered now (this scrape included).")
                .callback(callback -> callback.call(inFlight.getAsInt()))
                .register(registry);
        GaugeWithCallback.builder().name("workprivacy_rule_set_version")
                .help("The rule-set version deciding now (value always 1).")
                .labelNames("version")
                .callback(callback -> callback.call(1, rules.version()))
                .register(registry);
        rules.onReload(this::reloaded);
    }

    void decided(Verdict verdict, long nanos) {
        decisions.labelValues(verdict.scenario(), verdict.outcome().name()).inc();
        latency.observe(nanos / 1e9);
    }

    void batch(int size) {
        batchSizes.observe(size);
    }

    void refused(int status, String cause) {
        errors.labelValues(String.valueOf(status), cause).inc();
    }

    private void reloaded(ReloadResult result) {
        reloads.labelValues(result.failed() ? "failed" : result.changed() ? "changed" : "unchanged").inc();
    }

    byte[] scrape() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
            writer.write(out, registry.scrape());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
