package org.workprivacy.rules.drools.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/**
 * Fuzzes JSON Lines input the way a batch reads it: one situation per line (blank lines skipped),
 * each line read with {@link SituationJson} on its own. Every line gets exactly one answer, a refusal
 * or a verdict; a refused line never gets one; and a line's verdict does not depend on its neighbours.
 * (The batch command itself is built on another branch; its own reader should get a target like this.)
 */
class JsonLinesFuzzTest {
    private static final SituationJson JSON = new SituationJson();
    private static final DroolsDecisionEngine ENGINE = DecisionEngines.bundled();

    private sealed interface Answer permits Refused, Decided {
    }

    private record Refused(InvalidSituationException error) implements Answer {
    }

    private record Decided(Situation situation, Verdict verdict) implements Answer {
    }

    @FuzzTest(maxDuration = "5m")
    void jsonLines(byte[] input) {
        List<String> lines = new String(input, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        List<Answer> answers = lines.stream().map(JsonLinesFuzzTest::answer).toList();
        assertThat(answers).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (answers.get(i) instanceof Decided decided) {
                assertThat(ENGINE.decide(JSON.read(lines.get(i)))).as("line %d alone", i + 1).isEqualTo(decided.verdict());
            } else {
                assertThat(answers.get(i)).isInstanceOf(Refused.class);
            }
        }
        long allowed = answers.stream().filter(a -> a instanceof Decided d && d.verdict().outcome() == Outcome.ALLOWED).count();
        long parsed = lines.stream().filter(JsonLinesFuzzTest::parses).count();
        assertThat(allowed).as("ALLOWED only for lines that parse").isLessThanOrEqualTo(parsed);
    }

    private static Answer answer(String line) {
        try {
            Situation situation = JSON.read(line);
            return new Decided(situation, ENGINE.decide(situation));
        } catch (InvalidSituationException e) {
            return new Refused(e);
        }
    }

    private static boolean parses(String line) {
        try {
            JSON.read(line);
            return true;
        } catch (InvalidSituationException e) {
            return false;
        }
    }
}
