package org.workprivacy.rules.service;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.workprivacy.rules.decisionlog.DecisionLog;
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
    private final Optional<DecisionLog> decisions;

    DecideEndpoint(ServedRules rules, Optional<DecisionLog> decisions, ServiceMetrics metrics) {
        this.rules = rules;
        this.metrics = metrics;
        this.decisions = decisions;
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
        long start = System.nanoTime();
        try {
            verdict = rules.snapshot().decide(situation, language);
        } catch (RuleSetException e) {
            throw ruleFailed(e);
        }
        metrics.decided(verdict, System.nanoTime() - start);
        String id = call.decisionId();
        record(decisions, id, situation, verdict);
        Map<String, String> headers = new LinkedHashMap<>(languageHeaders(language));
        headers.put(DECISION_ID, id);
        call.answer(200, withId(id, verdicts.write(verdict)).getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * The verdict JSON of {@code workprivacy decide} with {@code "decisionId"} as its first member. The
     * verdict is an object, and the id needs no escaping (hex digits and a dash).
     */
    static String withId(String id, String verdictJson) {
        return "{\"decisionId\":\"" + id + "\"," + verdictJson.substring(verdictJson.indexOf('{') + 1);
    }

    /** Writes the decision-log line first: no verdict leaves the service unlogged. */
    static void record(Optional<DecisionLog> decisions, String id, Situation situation, Verdict verdict) {
        if (decisions.isEmpty()) {
            return;
        }
        try {
            decisions.get().record(new DecisionLog.Decision(id, situation, verdict, Instant.now()));
        } catch (IOException e) {
            throw new HttpProblem(500, "", "the decision could not be written to the decision log ("
                    + e.getMessage() + "); no verdict was given");
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
