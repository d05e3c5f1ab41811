package org.workprivacy.rules.drools.properties;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Generates situations of every scenario from the records' own component types, so a new scenario or
 * fact is covered without touching the tests: yes/no facts are true, false or not stated (null), fixed-value
 * facts any constant or not stated.
 */
public final class Situations {
    private static final double NOT_STATED = 0.25;

    private Situations() {
    }

    /** Any situation of any scenario. */
    public static Arbitrary<Situation> any() {
        return Arbitraries.oneOf(Arrays.stream(Scenario.values()).map(Situations::of).toList());
    }

    /** Any situation of {@code scenario}. */
    public static Arbitrary<Situation> of(Scenario scenario) {
        Class<? extends Situation> type = scenario.situationType();
        RecordComponent[] components = type.getRecordComponents();
        List<Arbitrary<Object>> facts = Arrays.stream(components).map(c -> fact(type, c)).toList();
        Constructor<? extends Situation> constructor = canonicalConstructor(type, components);
        return Combinators.combine(facts).as(values -> construct(constructor, values));
    }

    /** Every value a fact can take, not stated included: what monotonicity fills a missing fact with. */
    public static List<Object> statedValues(Class<?> type) {
        if (type == Boolean.class) {
            return List.of(true, false);
        }
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        throw new IllegalStateException("no generator for fact type " + type.getName()
                + ": add one to Situations when a scenario introduces a new kind of fact");
    }

    private static Arbitrary<Object> fact(Class<?> record, RecordComponent component) {
        try {
            return Arbitraries.of(statedValues(component.getType())).injectNull(NOT_STATED);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(record.getSimpleName() + "." + component.getName() + ": " + e.getMessage(), e);
        }
    }

    /** A copy of {@code situation} with component {@code index} set to {@code value}. */
    public static Situation with(Situation situation, int index, Object value) {
        Class<? extends Situation> type = situation.getClass();
        RecordComponent[] components = type.getRecordComponents();
        List<Object> values = new ArrayList<>(values(situation));
        values.set(index, value);
        return construct(canonicalConstructor(type, components), values);
    }

    /** The facts of {@code situation} in component order (null for not stated). */
    public static List<Object> values(Situation situation) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : situation.getClass().getRecordComponents()) {
            try {
                values.add(component.getAccessor().invoke(situation));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static Constructor<? extends Situation> canonicalConstructor(Class<? extends Situation> type,
                                                                         RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has a canonical constructor", e);
        }
    }

    private static Situation construct(Constructor<? extends Situation> constructor, List<Object> values) {
        try {
            return constructor.newInstance(values.toArray());
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }
}
