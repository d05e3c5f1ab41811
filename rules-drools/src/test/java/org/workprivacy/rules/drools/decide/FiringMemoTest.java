package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workprivacy.rules.drools.decide.RuleDirectory.rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;

/** The memo of what Drools answered per rule and projection answers as Drools does, and never across a reload. */
class FiringMemoTest {
    @TempDir
    Path dir;

    @Test
    void theMemoAnswersWhatDroolsAnswersOnRandomSituations() {
        PreparedRuleSet prepared = new PreparedRuleSet(DecisionEngines.bundled().ruleSet());
        Random random = new Random(15);
        int fromMemo = 0;
        for (Scenario scenario : Scenario.values()) {
            FactSpace space = FactSpace.of(scenario);
            FiringMemo memo = new FiringMemo(space, matchingRules(prepared, space));
            List<Object[]> situations = new ArrayList<>();
            while (situations.size() < 300) {
                Object[] values = randomValues(space, random);
                try {
                    // The values the record holds: a record may complete what it was given (as the engine reads them).
                    situations.add(space.values(space.situation(values)));
                } catch (InvalidSituationException contradictory) {
                    // not a situation anyone can be in
                }
            }
            for (int round = 0; round < 2; round++) {
                for (Object[] values : situations) {
                    Situation situation = space.situation(values);
                    List<FiredRule> drools = fire(prepared, situation);
                    AtomicInteger asked = new AtomicInteger();
                    List<FiredRule> answered = memo.fire(values, () -> {
                        asked.incrementAndGet();
                        return fire(prepared, situation);
                    });
                    assertThat(answered).as("%s %s", scenario, situation).containsExactlyElementsOf(drools);
                    if (asked.get() == 0) {
                        fromMemo++;
                    }
                }
            }
            assertThat(memo.answering()).as("%s: Drools fired in the predicted order", scenario).isTrue();
            assertThat(memo.size()).isLessThanOrEqualTo(FiringMemo.MAX_CELLS);
        }
        // The second round is answered from the memo alone, and projections recur within the first one too.
        assertThat(fromMemo).isGreaterThan(Scenario.values().length * 300);
    }

    @Test
    void aReloadNeverAnswersFromTheMemoOfTheRulesItReplaced() {
        String allow = rule("work reason", "t-allow", "OutOfOffice(workRelatedReason == true)", "verdict.allow(kcontext);");
        String deny = rule("work reason", "t-deny", "OutOfOffice(workRelatedReason == true)", "verdict.deny(kcontext);");
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, allow));
        // One fact open (partial evaluation, which uses the memo) and none open (a complete situation), each twice.
        OutOfOffice partial = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null, null, null, null, null);
        OutOfOffice complete = complete(true);
        for (int i = 0; i < 2; i++) {
            assertThat(engine.decide(partial).outcome()).isEqualTo(Outcome.ALLOWED);
            assertThat(engine.decide(complete).outcome()).isEqualTo(Outcome.ALLOWED);
        }

        RuleDirectory.write(dir, deny);
        assertThat(engine.reload().changed()).isTrue();

        Verdict afterPartial = engine.decide(partial);
        Verdict afterComplete = engine.decide(complete);
        assertThat(afterPartial.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(afterPartial.reasonCodes()).containsExactly("t-deny");
        assertThat(afterComplete.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(afterComplete.reasonCodes()).containsExactly("t-deny");
    }

    private static OutOfOffice complete(boolean workRelatedReason) {
        FactSpace space = FactSpace.of(Scenario.OUT_OF_OFFICE);
        Object[] values = new Object[space.facts().size()];
        for (Fact fact : space.facts()) {
            values[fact.index()] = fact.isNumber() ? 0 : fact.values().get(0);
        }
        values[space.fact("workRelatedReason").orElseThrow().index()] = workRelatedReason;
        return (OutOfOffice) space.situation(values);
    }

    private static List<java.util.Map.Entry<org.kie.api.definition.rule.Rule, java.util.Set<String>>> matchingRules(
            PreparedRuleSet prepared, FactSpace space) {
        // The same rules and reads the engine uses: the memo the prepared rule set makes is built from them.
        FiringMemo own = prepared.firingMemo(space);
        assertThat(own).isNotNull();
        List<java.util.Map.Entry<org.kie.api.definition.rule.Rule, java.util.Set<String>>> rules = new ArrayList<>();
        for (var rule : prepared.rules().all()) {
            prepared.scenarioRules(space).stream().filter(r -> r.name().equals(rule.getName()))
                    .forEach(r -> rules.add(java.util.Map.entry(rule, r.reads())));
        }
        return rules;
    }

    private static Object[] randomValues(FactSpace space, Random random) {
        Object[] values = new Object[space.facts().size()];
        for (Fact fact : space.facts()) {
            if (random.nextInt(5) == 0) {
                continue; // left open, as in the situations partial evaluation builds
            }
            // Numbers either side of the thresholds, and either side of the array bound (FiringMemo.DENSE_NUMBERS).
            List<Object> domain = fact.isNumber() ? List.of(0, 1, 2, 3, 5, 8, 13, 14, 15, 30, 89, 90, 91, 127, 128, 400, 100_000) : fact.values();
            values[fact.index()] = domain.get(random.nextInt(domain.size()));
        }
        return values;
    }

    private static List<FiredRule> fire(PreparedRuleSet prepared, Situation situation) {
        VerdictCollector collector = new VerdictCollector(prepared.rules(), false);
        prepared.fire(situation, DroolsDecisionEngine.GLOBAL, collector);
        return List.copyOf(collector.fired());
    }
}
