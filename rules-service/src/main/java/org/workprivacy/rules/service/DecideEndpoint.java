package org.workprivacy.rules.service;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.workprivacy.rules.decisionlog.DecisionAudit;
import org.workprivacy.rules.decisionlog.Delivery;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.json.VerdictJson;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/** {@code POST /v1/decisions}: one situation in, as for {@code workprivacy decide}; its verdict out. */
final class DecideEndpoint implements Endpoint {
    /** The response header that carries the decision id (also in the body and the decision log). */
    static final String DECISION_ID = "Decision-Id";
    private final ServedRules rules;
    private final ServiceMetrics metrics;
    private final JsonBodies bodies = new JsonBodies();
    private final SituationJson situations = new SituationJson();
    private final VerdictJson verdicts = new VerdictJson();
    private final DecisionAudit audit;
    private final Consumer<String> log;

    DecideEndpoint(ServedRules rules, DecisionAudit audit, ServiceMetrics metrics, Consumer<String> log) {
        this.rules = rules;
        this.metrics = metrics;
        this.audit = audit;
        this.log = log;
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Language language = call.language();
        Situation situation;
        try {
            situation = situations.read(bodies.parse(call.jsonBody()));
        } catch (InvalidSituationException e) {
            throw HttpProblem.of(e);
        }
        Verdict verdict;
        String id = call.decisionId();
        Delivery answer = audit.delivery(rules.snapshot());
        long start = System.nanoTime();
        try {
            verdict = answer.decide(id, situation, language);
        } catch (RuleSetException e) {
            throw ruleFailed(e);
        }
        metrics.decided(verdict, System.nanoTime() - start);
        Map<String, String> headers = new LinkedHashMap<>(languageHeaders(language));
        headers.put(DECISION_ID, id);
        call.answer(200, withId(id, verdicts.write(verdict)).getBytes(StandardCharsets.UTF_8), headers,
                () -> delivered(answer, id, log));
    }

    /**
     * The verdict JSON of {@code workprivacy decide} with {@code "decisionId"} as its first member. The
     * verdict is an object, and the id needs no escaping (hex digits and a dash).
     */
    static String withId(String id, String verdictJson) {
        return "{\"decisionId\":\"" + id + "\"," + verdictJson.substring(verdictJson.indexOf('{') + 1);
    }

    /**
     * Logs an answer's decisions once it was sent. The verdict has left by then: a log that cannot be written
     * is reported on the service's log: it cannot take the answer back.
     */
    static void delivered(Delivery answer, String id, Consumer<String> log) {
        try {
            answer.delivered();
        } catch (IOException e) {
            log.accept("error: decision " + id + " was answered but could not be written to the decision log: "
                    + e.getMessage());
        }
    }

    static HttpProblem ruleFailed(RuleSetException e) {
        return new HttpProblem(500, "", e.getMessage() + "; no verdict was given", Map.of(), "rule-failed");
    }

    static Map<String, String> languageHeaders(Language language) {
        // In a fixed order (Map.of's differs from run to run), so that answers are byte-for-byte repeatable.
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Language", language.tag());
        headers.put("Vary", "Accept-Language");
        return headers;
    }
}
