package org.workprivacy.rules.api.facts;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

/**
 * The facts of one scenario, read from its situation record so that a fact is covered the day it is
 * added: names, types and values, reading a situation's facts and building a situation from values.
 * This is what partial evaluation and the rule-set analysis enumerate. Immutable and shared.
 */
public final class FactSpace {
    /** The "large value" tried for a number besides the rules' own thresholds (about a hundred years in days). */
    public static final int LARGE_NUMBER = 36_500;
    private static final Map<Class<?>, FactSpace> SPACES = new ConcurrentHashMap<>();

    private final Scenario scenario;
    private final List<Fact> facts;
    private final List<Fact> questions;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;

    private FactSpace(Scenario scenario) {
        this.scenario = scenario;
        Class<? extends Situation> type = scenario.situationType();
        RecordComponent[] components = type.getRecordComponents();
        List<Fact> list = new ArrayList<>();
        List<Fact> asked = new ArrayList<>();
        this.accessors = new MethodHandle[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            for (int i = 0; i < components.length; i++) {
                Fact fact = new Fact(components[i].getName(), i, components[i].getType());
                list.add(fact);
                if (components[i].isAnnotationPresent(Question.class)) {
                    asked.add(fact);
                }
                accessors[i] = lookup.unreflect(components[i].getAccessor())
                        .asType(MethodType.methodType(Object.class, Situation.class));
                parameterTypes[i] = components[i].getType();
            }
            this.constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Situation.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("situation records are public with a public canonical constructor", e);
        }
        this.facts = List.copyOf(list);
        this.questions = List.copyOf(asked);
    }

    /** The fact space of {@code scenario}. */
    public static FactSpace of(Scenario scenario) {
        return SPACES.computeIfAbsent(scenario.situationType(), t -> new FactSpace(scenario));
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The facts in record order. */
    public List<Fact> facts() {
        return facts;
    }

    /** The facts that make up the question itself ({@link Question}), in record order. */
    public List<Fact> questions() {
        return questions;
    }

    public Optional<Fact> fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The facts of {@code situation} in record order; {@code null} where the caller did not state one. */
    public Object[] values(Situation situation) {
        Object[] values = new Object[accessors.length];
        try {
            for (int i = 0; i < accessors.length; i++) {
                values[i] = (Object) accessors[i].invokeExact(situation);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /**
     * The situation with these facts ({@code null}: not stated).
     *
     * @throws InvalidSituationException when the record refuses the combination (contradictory facts)
     */
    public Situation situation(Object[] values) {
        if (values.length != facts.size()) {
            throw new IllegalArgumentException("expected " + facts.size() + " values, got " + values.length);
        }
        try {
            return (Situation) constructor.invokeExact(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The values tried for a number fact whose thresholds in the rules are {@code thresholds}: 0, each
     * threshold and one either side (never below 0), and {@link #LARGE_NUMBER}; sorted, no repeats.
     * Between two neighbouring values no comparison with a threshold can change, so these values stand
     * for every whole number.
     */
    public static List<Object> numberValues(Collection<Integer> thresholds) {
        TreeSet<Integer> values = new TreeSet<>();
        values.add(0);
        values.add(LARGE_NUMBER);
        for (int threshold : thresholds) {
            for (int value : new int[] {threshold - 1, threshold, threshold + 1}) {
                if (value >= 0) {
                    values.add(value);
                }
            }
        }
        return List.copyOf(values);
    }
}
