package org.workprivacy.rules.drools.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/**
 * Fuzzes the situation JSON reader: any input either is refused with {@link InvalidSituationException}
 * (and then gets no verdict at all) or reads into a situation that the bundled rules decide without
 * failing, and that reads back the same when written out again. In the default test run only the
 * seeds in {@code SituationJsonFuzzTestInputs/} run; see docs/reliability.md for a fuzzing run.
 */
class SituationJsonFuzzTest {
    private static final SituationJson JSON = new SituationJson();
    private static final ObjectMapper MAPPER = SituationJson.strictMapper();
    private static final DroolsDecisionEngine ENGINE = DecisionEngines.bundled();

    @FuzzTest(maxDuration = "5m")
    void situationJson(byte[] input) {
        Situation situation;
        try {
            situation = JSON.read(new String(input, StandardCharsets.UTF_8));
        } catch (InvalidSituationException e) {
            assertThat(e.getMessage()).isNotBlank();
            return; // refused: no verdict is ever computed for it
        }
        Verdict verdict = ENGINE.decide(situation);
        assertThat(verdict.scenario()).isEqualTo(situation.scenario().id());
        assertThat(JSON.read(writtenOut(situation))).isEqualTo(situation);
    }

    private static ObjectNode writtenOut(Situation situation) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("scenario", situation.scenario().id());
        document.set("facts", MAPPER.valueToTree(situation));
        return document;
    }
}
