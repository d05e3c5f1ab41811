package org.workprivacy.rules.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.workprivacy.rules.api.decisionlog.DecisionLog;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.json.VerdictJson;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/** {@code POST /v1/decisions}: one situation in, as for {@code workprivacy decide}; its verdict out. */
final class DecideEndpoint implements Endpoint {
    private final ServedRules rules;
    private final int maxBodyBytes;
    private final JsonBodies bodies = new JsonBodies();
    private final SituationJson situations = new SituationJson();
    private final VerdictJson verdicts = new VerdictJson();
    private final Optional<DecisionLog> decisions;

    DecideEndpoint(ServedRules rules, int maxBodyBytes, Optional<DecisionLog> decisions) {
        this.rules = rules;
        this.maxBodyBytes = maxBodyBytes;
        this.decisions = decisions;
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        Language language = call.language();
        Situation situation;
        try {
            situation = situations.read(bodies.parse(call.jsonBody(maxBodyBytes)));
        } catch (InvalidSituationException e) {
            throw HttpProblem.of(e);
        }
        Verdict verdict;
        try {
            verdict = rules.snapshot().decide(situation, language);
        } catch (RuleSetException e) {
            throw ruleFailed(e);
        }
        record(decisions, situation, verdict);
        call.answer(200, verdicts.write(verdict).getBytes(StandardCharsets.UTF_8), languageHeaders(language));
    }

    /** Writes the decision-log line first: no verdict leaves the service unlogged. */
    static void record(Optional<DecisionLog> decisions, Situation situation, Verdict verdict) {
        if (decisions.isEmpty()) {
            return;
        }
        try {
            decisions.get().record(new DecisionLog.Decision(situation, verdict, Instant.now()));
        } catch (IOException e) {
            throw new HttpProblem(500, "", "the decision could not be written to the decision log ("
                    + e.getMessage() + "); no verdict was given");
        }
    }

    static HttpProblem ruleFailed(RuleSetException e) {
        return new HttpProblem(500, "", e.getMessage() + "; no verdict was given");
    }

    static Map<String, String> languageHeaders(Language language) {
        return Map.of("Content-Language", language.tag(), "Vary", "Accept-Language");
    }
}
