package org.workprivacy.rules.bench.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.bench.baseline.HandWrittenBaseline;
import org.workprivacy.rules.drools.casebook.Expectation;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/**
 * Checks that the hand-written baseline makes the same decisions as the rules: on every case, the same
 * outcome and the same sets of reason codes, condition codes and missing facts as the engine, and both
 * as the casebook expects. A baseline that disagrees would make every ratio meaningless.
 */
public final class Agreement {
    private Agreement() {
    }

    /** Every disagreement, one line each; empty when the baseline and the rules agree on all cases. */
    public static List<String> disagreements(DroolsDecisionEngine engine, HandWrittenBaseline baseline, List<BenchCase> cases) {
        List<String> problems = new ArrayList<>();
        for (BenchCase c : cases) {
            Verdict rules = engine.decide(c.situation(), Language.EN);
            Verdict handWritten = baseline.decide(c.situation());
            String where = c.scenario() + " / " + c.name() + ": ";
            if (!decision(rules).equals(decision(handWritten))) {
                problems.add(where + "rules gave " + decision(rules) + ", hand-written baseline " + decision(handWritten));
            }
            if (!decision(rules).equals(decision(c.expect()))) {
                problems.add(where + "rules gave " + decision(rules) + ", casebook expects " + decision(c.expect()));
            }
        }
        return problems;
    }

    /** Throws with every disagreement unless the baseline and the rules agree on all cases. */
    public static void require(DroolsDecisionEngine engine, HandWrittenBaseline baseline, List<BenchCase> cases) {
        List<String> problems = disagreements(engine, baseline, cases);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the hand-written baseline disagrees with the rules:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private record Decision(String outcome, Set<String> reasons, Set<String> conditions, Set<String> missingFacts) {
        @Override
        public String toString() {
            return outcome + " reasons=" + reasons + " conditions=" + conditions + " missing=" + missingFacts;
        }
    }

    private static Decision decision(Verdict v) {
        return new Decision(v.outcome().name(), new TreeSet<>(v.reasonCodes()), new TreeSet<>(v.conditionCodes()),
                new TreeSet<>(v.missingFacts()));
    }

    private static Decision decision(Expectation e) {
        return new Decision(e.outcome().name(), new TreeSet<>(e.reasons()), new TreeSet<>(e.conditions()),
                new TreeSet<>(e.missingFacts()));
    }
}
