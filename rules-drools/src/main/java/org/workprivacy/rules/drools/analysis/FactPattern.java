package org.workprivacy.rules.drools.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an invariant's {@code when} allows for one fact: some values, "not stated", or (for a number)
 * comparisons such as {@code "< 30"}. A fact the {@code when} does not name allows everything.
 *
 * @param values      the values allowed (Boolean, enum constant or Integer)
 * @param notStated   whether "not stated" is allowed
 * @param comparisons for a number: allowed when any comparison holds
 */
record FactPattern(Set<Object> values, boolean notStated, List<Comparison> comparisons) {
    FactPattern {
        values = Set.copyOf(values);
        comparisons = List.copyOf(comparisons);
    }

    /** {@code value} is a stated value of the fact, or null for "not stated". */
    boolean accepts(Object value) {
        if (value == null) {
            return notStated;
        }
        if (values.contains(value)) {
            return true;
        }
        return value instanceof Integer number && comparisons.stream().anyMatch(c -> c.test(number));
    }

    /** The numbers this pattern compares with, so that the analysis tries them and their neighbours. */
    List<Integer> thresholds() {
        return java.util.stream.Stream.concat(comparisons.stream().map(Comparison::number),
                values.stream().filter(Integer.class::isInstance).map(Integer.class::cast)).toList();
    }

    /** A number compared with a threshold: {@code < <= > >= ==}. */
    record Comparison(String operator, int number) {
        Comparison {
            Objects.requireNonNull(operator, "operator");
        }

        boolean test(int value) {
            return switch (operator) {
                case "<" -> value < number;
                case "<=" -> value <= number;
                case ">" -> value > number;
                case ">=" -> value >= number;
                default -> value == number;
            };
        }
    }
}
