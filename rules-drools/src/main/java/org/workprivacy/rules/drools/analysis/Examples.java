package org.workprivacy.rules.drools.analysis;

import org.workprivacy.rules.api.analysis.Example;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/** A situation found by the analysis, as the engine itself decides and explains it. */
final class Examples {
    private Examples() {
    }

    static Example of(SpaceLayout layout, DroolsDecisionEngine engine, int index, int mask) {
        Object[] values = layout.values(index, mask);
        Situation situation = layout.space.situation(values);
        Explanation explanation = engine.explain(situation, Language.EN);
        var verdict = explanation.verdict();
        var rules = explanation.firedRules().stream()
                .filter(r -> r.effect() == Effect.ALLOW || r.effect() == Effect.DENY)
                .map(r -> r.effect().name().toLowerCase() + ": " + r.ruleId()).distinct().toList();
        return new Example(layout.json(values), verdict.outcome(), verdict.reasonCodes(), verdict.conditionCodes(),
                verdict.missingFacts(), rules);
    }
}
