package org.workprivacy.rules.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.workprivacy.rules.decisionlog.DecisionLog;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * {@code POST /v1/decisions:batch}: a JSON array of situations in; a JSON array out with exactly one entry
 * per situation, in input order: {@code {"index": i, "verdict": ...}} or {@code {"index": i, "error": ...}}.
 * A bad situation spoils only its own entry. The whole batch decides with one rule-set version, and the
 * answer is streamed as it is decided.
 */
final class BatchEndpoint implements Endpoint {
    /** One entry of the answer; {@code id} is the caller's own id, echoed when the situation had one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(int index, JsonNode id, String decisionId, Verdict verdict, ErrorJson error) {
    }

    private final ServedRules rules;
    private final ServiceConfig config;
    private final ObjectMapper json;
    /** Writes entries without flushing each: the stream sends full chunks, not one per entry. */
    private final ObjectWriter entries;
    private final Consumer<String> log;
    private final Optional<DecisionLog> decisions;
    private final ServiceMetrics metrics;
    private final JsonBodies bodies = new JsonBodies();
    private final SituationJson situations = new SituationJson();

    BatchEndpoint(ServedRules rules, ServiceConfig config, ObjectMapper json, Optional<DecisionLog> decisions,
                  ServiceMetrics metrics, Consumer<String> log) {
        this.rules = rules;
        this.metrics = metrics;
        this.decisions = decisions;
        this.config = config;
        this.json = json;
        this.entries = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
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
        DecisionEngine engine = rules.snapshot();
        Map<String, String> headers = new LinkedHashMap<>(DecideEndpoint.languageHeaders(language));
        headers.put(DecideEndpoint.DECISION_ID, call.decisionId());
        try (OutputStream out = call.answerStreaming(200, headers);
             JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            for (int index = 0; index < batch.size(); index++) {
                entries.writeValue(generator, decide(engine, call.decisionId() + "." + index, index, batch.get(index),
                        language));
            }
            generator.writeEndArray();
        }
    }

    /** One entry; {@code decisionId} is the batch's id and the entry's index, and only a verdict has one. */
    private Entry decide(DecisionEngine engine, String decisionId, int index, JsonNode element, Language language) {
        JsonNode id = element.isObject() ? element.get("id") : null;
        try {
            Situation situation = situations.read(element);
            long start = System.nanoTime();
            Verdict verdict = engine.decide(situation, language);
            metrics.decided(verdict, System.nanoTime() - start);
            DecideEndpoint.record(decisions, decisionId, situation, verdict);
            // Serialized straight into the answer: writing it to a string first, then copying, took most of the time.
            return new Entry(index, id, decisionId, verdict, null);
        } catch (HttpProblem e) {
            return new Entry(index, id, null, null, e.error());
        } catch (InvalidSituationException e) {
            return new Entry(index, id, null, null, HttpProblem.of(e).error());
        } catch (RuleSetException e) {
            return new Entry(index, id, null, null, DecideEndpoint.ruleFailed(e).error());
        } catch (RuntimeException e) {
            // The answer is already streaming: an unforeseen failure spoils this entry, not the array.
            log.accept("error: batch entry " + index + ": " + e);
            return new Entry(index, id, null, null, new ErrorJson(500, "", "internal error; no verdict was given"));
        }
    }
}
