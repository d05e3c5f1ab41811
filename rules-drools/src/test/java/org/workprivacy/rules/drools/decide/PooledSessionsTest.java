package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CaseSpec;
import org.workprivacy.rules.drools.casebook.CasebookReader;

/**
 * Decisions share pooled sessions and cached reasons: whatever ran before on a session, and whatever
 * runs beside it on other threads, a decision gives the verdict it gives alone.
 */
class PooledSessionsTest {
    private static final DroolsDecisionEngine ENGINE = DecisionEngines.bundled();

    @Test
    void concurrentDecisionsGiveTheVerdictsOfSequentialOnes() throws Exception {
        List<Situation> situations = casebookSituations();
        List<Verdict> alone = situations.stream().map(s -> ENGINE.explain(s, Language.EN).verdict()).toList();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Verdict>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 7;
                Callable<List<Verdict>> run = () -> {
                    List<Verdict> verdicts = new ArrayList<>(alone);
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < situations.size(); i++) {
                            int at = (i + offset + round) % situations.size();
                            verdicts.set(at, ENGINE.decide(situations.get(at), Language.EN));
                            assertThat(verdicts.get(at)).isEqualTo(alone.get(at));
                        }
                    }
                    return verdicts;
                };
                runs.add(threads.submit(run));
            }
            for (Future<List<Verdict>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void languagesDoNotMixInCachedReasons() {
        Situation situation = casebookSituations().get(0);
        Verdict en = ENGINE.decide(situation, Language.EN);
        Verdict nl = ENGINE.decide(situation, Language.NL);
        assertThat(ENGINE.decide(situation, Language.EN)).isEqualTo(en);
        assertThat(nl.reasonCodes()).isEqualTo(en.reasonCodes());
        assertThat(nl.reasons().get(0).message()).isNotEqualTo(en.reasons().get(0).message());
    }

    private static List<Situation> casebookSituations() {
        SituationJson json = new SituationJson();
        List<Situation> situations = new ArrayList<>();
        for (Casebook casebook : new CasebookReader().readAll(ENGINE.ruleSet().files())) {
            for (CaseSpec spec : casebook.cases()) {
                ObjectNode document = JsonNodeFactory.instance.objectNode();
                document.put("scenario", casebook.scenario());
                document.set("facts", spec.facts());
                situations.add(json.read(document));
            }
        }
        return situations;
    }
}
