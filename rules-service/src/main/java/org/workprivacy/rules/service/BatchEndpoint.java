package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.batch.BatchDecider;
import org.workprivacy.rules.batch.LineError;
import org.workprivacy.rules.batch.LineResult;
import org.workprivacy.rules.batch.ResultJson;
import org.workprivacy.rules.decisionlog.DecisionAudit;
import org.workprivacy.rules.decisionlog.Delivery;

/**
 * {@code POST /v1/decisions:batch}: a JSON array of situations in; a JSON array out with exactly one entry
 * per situation, in input order: the batch records of {@code workprivacy batch} ({@link
 * org.workprivacy.rules.batch.ResultRecord}), decided by the same {@link BatchDecider}, with the situation's
 * own {@code "id"} copied and a decision id for each verdict. A bad situation spoils only its own entry. The
 * whole batch decides with one rule-set version, and the answer is streamed as it is decided; its
 * decisions are logged once the whole answer was sent.
 */
final class BatchEndpoint implements Endpoint {
    /** The situation's own key in a batch element, copied into its entry. */
    static final String ID_FIELD = "id";

    private final ServedRules rules;
    private final ServiceConfig config;
    private final ObjectMapper json;
    private final Consumer<String> log;
    private final DecisionAudit audit;
    private final ServiceMetrics metrics;
    private final JsonBodies bodies = new JsonBodies();
    private final ResultJson results = new ResultJson(true);

    BatchEndpoint(ServedRules rules, ServiceConfig config, ObjectMapper json, DecisionAudit audit,
                  ServiceMetrics metrics, Consumer<String> log) {
        this.rules = rules;
        this.metrics = metrics;
        this.audit = audit;
        this.config = config;
        this.json = json;
        this.log = log;
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Language language = call.language();
        JsonNode batch = bodies.parse(call.jsonBody());
        if (!batch.isArray()) {
            throw HttpProblem.badRequest("", "expected a JSON array of situations");
        }
        if (batch.size() > config.maxBatchSize()) {
            throw new HttpProblem(413, "", "a batch holds at most " + config.maxBatchSize()
                    + " situations; this one has " + batch.size());
        }
        metrics.batch(batch.size());
        BatchDecider decider = new BatchDecider(Optional.of(ID_FIELD), language);
        Delivery answer = audit.delivery(rules.snapshot());
        Map<String, String> headers = new LinkedHashMap<>(DecideEndpoint.languageHeaders(language));
        headers.put(DecideEndpoint.DECISION_ID, call.decisionId());
        try (OutputStream out = call.answerStreaming(200, headers);
             JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            for (int index = 0; index < batch.size(); index++) {
                long start = System.nanoTime();
                // Serialized straight into the answer: writing it to a string first, then copying, took most of the time.
                LineResult result = decider.decide(answer, index + 1, batch.get(index),
                        call.decisionId() + "." + index);
                count(result, index, System.nanoTime() - start);
                results.write(result, generator);
            }
            generator.writeEndArray();
        }
        DecideEndpoint.delivered(answer, call.decisionId(), log);
    }

    private void count(LineResult result, int index, long nanos) {
        if (result instanceof LineResult.Decided decided) {
            metrics.decided(decided.verdict(), nanos);
        } else if (((LineResult.Failed) result).error().kind() == LineError.Kind.INTERNAL_ERROR) {
            log.accept("error: batch entry " + index + ": " + ((LineResult.Failed) result).error().message());
        }
    }
}
