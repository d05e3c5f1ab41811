package org.workprivacy.rules.batch;

import java.util.List;
import java.util.function.Predicate;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/** Denies everything, and fails like a broken rule on the situations it is told to. */
record FakeEngine(Predicate<Situation> failsOn) implements DecisionEngine {
    static FakeEngine denyingAll() {
        return new FakeEngine(situation -> false);
    }

    @Override
    public Verdict decide(Situation situation, Language language) {
        if (failsOn.test(situation)) {
            throw new RuleSetException("a rule failed while deciding " + situation.scenario().id() + ": boom", null);
        }
        return new Verdict(situation.scenario().id(), Outcome.DENIED,
                List.of(new Reason("fake", "fake-reason", "fake", List.of())), List.of(), List.of(), "fake-version");
    }

    @Override
    public Explanation explain(Situation situation, Language language) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String ruleSetVersion() {
        return "fake-version";
    }
}
