package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;

/**
 * {@code POST /v1/explanations}: one situation in, as for {@code POST /v1/decisions}; out the explanation
 * {@code workprivacy explain --format json} prints (the verdict, the rules fired, how they combined, the open
 * facts), made by the engine's own {@code explain}. It is not a decision of record: it gets no decision id
 * and is not written to the decision log (ask {@code /v1/decisions} for that).
 */
final class ExplainEndpoint implements Endpoint {
    private final ServedRules rules;
    private final ObjectMapper json;
    private final JsonBodies bodies = new JsonBodies();
    private final SituationJson situations = new SituationJson();

    ExplainEndpoint(ServedRules rules, ObjectMapper json) {
        this.rules = rules;
        this.json = json;
    }

    @Override
    public void handle(HttpCall call) {
        Language language = call.language();
        Situation situation;
        try {
            situation = situations.read(bodies.parse(call.jsonBody()));
        } catch (InvalidSituationException e) {
            throw HttpProblem.of(e);
        }
        Explanation explanation;
        try {
            explanation = rules.snapshot().explain(situation, language);
        } catch (RuleSetException e) {
            throw DecideEndpoint.ruleFailed(e);
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(explanation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        call.answer(200, body, DecideEndpoint.languageHeaders(language));
    }
}
