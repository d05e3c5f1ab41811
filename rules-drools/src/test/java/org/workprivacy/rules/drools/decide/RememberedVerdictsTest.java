package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;

/** The verdict cache keeps what keeps coming back when it fills, and stays within its capacity. */
class RememberedVerdictsTest {
    private static final Verdict DENIED = new Verdict("out-of-office", Outcome.DENIED,
            List.of(new org.workprivacy.rules.api.verdict.Reason("test", "t-deny", "denied", List.of())), List.of(), List.of(), "v");

    @Test
    void aSituationThatKeepsComingBackStaysRememberedWhileTheCacheTurnsOver() {
        RememberedVerdicts remembered = new RememberedVerdicts(8);
        List<Situation> situations = distinctSituations(200);
        Situation hot = situations.get(0);
        AtomicInteger hotDecided = new AtomicInteger();
        for (Situation other : situations.subList(1, situations.size())) {
            remembered.get(other, Language.EN, () -> DENIED);
            remembered.get(hot, Language.EN, () -> {
                hotDecided.incrementAndGet();
                return DENIED;
            });
            assertThat(remembered.size()).isLessThanOrEqualTo(8 + 1);
        }
        // Emptying the cache whenever it is full decided it again after every eighth newcomer.
        assertThat(hotDecided.get()).isEqualTo(1);
    }

    @Test
    void capacityZeroRemembersNothing() {
        RememberedVerdicts remembered = new RememberedVerdicts(0);
        Situation situation = distinctSituations(1).get(0);
        AtomicInteger decided = new AtomicInteger();
        remembered.get(situation, Language.EN, () -> { decided.incrementAndGet(); return DENIED; });
        remembered.get(situation, Language.EN, () -> { decided.incrementAndGet(); return DENIED; });
        assertThat(decided.get()).isEqualTo(2);
    }

    private static List<Situation> distinctSituations(int count) {
        FactSpace space = FactSpace.of(Scenario.OUT_OF_OFFICE);
        Random random = new Random(7);
        Set<Situation> found = new LinkedHashSet<>();
        while (found.size() < count) {
            Object[] values = new Object[space.facts().size()];
            for (Fact fact : space.facts()) {
                List<Object> domain = fact.isNumber() ? List.of(0, 1, 30) : fact.values();
                values[fact.index()] = random.nextInt(4) == 0 ? null : domain.get(random.nextInt(domain.size()));
            }
            try {
                found.add(space.situation(values));
            } catch (InvalidSituationException contradictory) {
                // not a situation anyone can be in
            }
        }
        return new ArrayList<>(found);
    }
}
