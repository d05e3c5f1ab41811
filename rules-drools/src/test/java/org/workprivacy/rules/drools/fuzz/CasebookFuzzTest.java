package org.workprivacy.rules.drools.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.drools.casebook.CaseResult;
import org.workprivacy.rules.drools.casebook.CaseSpec;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleFile;

/**
 * Fuzzes the casebook reader: any input is refused with a located {@link RuleSetException}, or reads
 * into a casebook whose cases all run; a case whose facts cannot be read gets no verdict and fails.
 */
class CasebookFuzzTest {
    private static final DroolsDecisionEngine ENGINE = DecisionEngines.bundled();
    private static final CasebookReader READER = new CasebookReader();
    private static final CasebookRunner RUNNER = new CasebookRunner();
    private static final SituationJson JSON = new SituationJson();

    @FuzzTest(maxDuration = "5m")
    void casebook(byte[] input) {
        Casebook casebook;
        try {
            casebook = READER.read(new RuleFile("fuzz.casebook.yaml", new String(input, StandardCharsets.UTF_8)));
        } catch (RuleSetException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("fuzz.casebook.yaml"));
            return;
        }
        for (CaseSpec spec : casebook.cases()) {
            CaseResult result = RUNNER.runCase(ENGINE, casebook, spec);
            if (!factsParse(casebook, spec)) {
                assertThat(result.actual()).as("no verdict for facts that do not parse").isEmpty();
                assertThat(result.passed()).isFalse();
            } else {
                assertThat(result.actual()).isPresent();
            }
        }
    }

    private static boolean factsParse(Casebook casebook, CaseSpec spec) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("scenario", casebook.scenario());
        document.set("facts", spec.facts());
        try {
            JSON.read(document);
            return true;
        } catch (InvalidSituationException e) {
            return false;
        }
    }
}
