package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.verdict.Language;

/** With the bundled rules, stating only what is asked about (the first fact) is always worked out exactly. */
class OpenFactsBoundTest {
    @Test
    void everyScenarioIsWorkedOutWithOnlyItsFirstFactStated() {
        DroolsDecisionEngine engine = DecisionEngines.bundled();
        for (Scenario scenario : Scenario.values()) {
            FactSpace space = FactSpace.of(scenario);
            Fact first = space.facts().get(0);
            for (Object value : first.values()) {
                Object[] values = new Object[space.facts().size()];
                values[first.index()] = value;
                Explanation explanation;
                try {
                    explanation = engine.explain(space.situation(values), Language.EN);
                } catch (InvalidSituationException e) {
                    continue;
                }
                assertThat(explanation.combination()).as("%s with %s=%s", scenario.id(), first.name(), value)
                        .doesNotContain("too many facts left open");
            }
        }
    }

    @Test
    void withNothingStatedTheQuestionItselfIsAskedFor() {
        // Worked out exactly or past the bound (then every open fact a rule reads is asked for): fail closed either way.
        DroolsDecisionEngine engine = DecisionEngines.bundled();
        for (Scenario scenario : Scenario.values()) {
            FactSpace space = FactSpace.of(scenario);
            Explanation explanation = engine.explain(space.situation(new Object[space.facts().size()]), Language.EN);
            assertThat(explanation.verdict().allowed()).as(scenario.id()).isFalse();
            assertThat(explanation.verdict().missingFacts()).as(scenario.id()).contains(space.facts().get(0).name());
        }
    }
}
