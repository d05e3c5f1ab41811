package org.workprivacy.rules.drools.properties;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Generates situations of every scenario from the records' own facts ({@link FactSpace}), so a new scenario or
 * fact is covered without touching the tests: yes/no facts are true, false or not stated (null), fixed-value
 * facts any constant or not stated, numbers a spread of day counts or not stated.
 */
public final class Situations {
    private static final double NOT_STATED = 0.25;
    private static final List<Object> NUMBERS = List.of(0, 1, 7, 13, 14, 15, 29, 30, 31, 60, 89, 90, 91, 180, 365, 730,
            2555, 3650, FactSpace.LARGE_NUMBER);

    private Situations() {
    }

    /** Any situation of any scenario. */
    public static Arbitrary<Situation> any() {
        return Arbitraries.oneOf(Arrays.stream(Scenario.values()).map(Situations::of).toList());
    }

    /** Any situation of {@code scenario}; contradictory combinations (which the record refuses) are left out. */
    public static Arbitrary<Situation> of(Scenario scenario) {
        FactSpace space = FactSpace.of(scenario);
        List<Arbitrary<Object>> facts = space.facts().stream()
                .map(fact -> Arbitraries.of(statedValues(fact)).injectNull(NOT_STATED)).toList();
        return Combinators.combine(facts).as(values -> consistent(space, values.toArray()))
                .filter(Optional::isPresent).map(Optional::get);
    }

    /** Every value a yes/no or enum fact can take; numbers get a spread of day counts. */
    public static List<Object> statedValues(Fact fact) {
        return fact.isNumber() ? NUMBERS : fact.values();
    }

    /** The situation with these facts, or empty when the record refuses them as contradictory. */
    public static Optional<Situation> consistent(FactSpace space, Object[] values) {
        try {
            return Optional.of(space.situation(values));
        } catch (InvalidSituationException contradictory) {
            return Optional.empty();
        }
    }
}
