package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.workprivacy.rules.api.analysis.FactValues;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

/**
 * The situations of one scenario numbered in mixed radix: fact {@code i} has {@code sizes[i]} values, so a
 * complete situation is a number below the product of the sizes. A situation with facts not stated is a
 * complete-situation number plus a mask of the facts left out. Nothing is stored per situation.
 */
final class SpaceLayout {
    /** More complete situations than this are refused rather than run for hours. */
    static final long MAX_COMPLETE = 50_000_000L;
    /** More facts than this give more than a million masks of unstated facts. */
    static final int MAX_FACTS = 20;

    final FactSpace space;
    final List<Fact> facts;
    final List<List<Object>> domains;
    final int[] sizes;
    final int[] strides;
    final int complete;
    /** The domains as arrays, and each fact's record accessor: read for every situation checked. */
    private final Object[][] values;
    private final java.lang.invoke.MethodHandle[] accessors;

    /** The layout over the facts' values; a number fact takes the values that stand for all numbers given its thresholds. */
    SpaceLayout(Scenario scenario, java.util.function.Function<Fact, Collection<Integer>> thresholds) {
        this.space = FactSpace.of(scenario);
        this.facts = space.facts();
        if (facts.size() > MAX_FACTS) {
            throw new IllegalStateException(scenario.id() + " has " + facts.size() + " facts; the analysis handles at most "
                    + MAX_FACTS);
        }
        this.domains = facts.stream().map(f -> f.isNumber() ? FactSpace.numberValues(thresholds.apply(f)) : f.values()).toList();
        this.sizes = domains.stream().mapToInt(List::size).toArray();
        this.strides = new int[sizes.length];
        long total = 1;
        for (int i = sizes.length - 1; i >= 0; i--) {
            strides[i] = (int) total;
            total *= sizes[i];
            if (total > MAX_COMPLETE) {
                throw new IllegalStateException(scenario.id() + " has more than " + MAX_COMPLETE
                        + " complete situations; the analysis refuses spaces this large");
            }
        }
        this.complete = (int) total;
        this.values = domains.stream().map(List::toArray).toArray(Object[][]::new);
        this.accessors = new java.lang.invoke.MethodHandle[facts.size()];
        java.lang.reflect.RecordComponent[] components = scenario.situationType().getRecordComponents();
        try {
            for (int i = 0; i < components.length; i++) {
                accessors[i] = java.lang.invoke.MethodHandles.publicLookup().unreflect(components[i].getAccessor())
                        .asType(java.lang.invoke.MethodType.methodType(Object.class, Situation.class));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("situation records are public", e);
        }
    }

    Scenario scenario() {
        return space.scenario();
    }

    int digit(int index, int fact) {
        return (index / strides[fact]) % sizes[fact];
    }

    /** The facts of complete situation {@code index}, with the facts in {@code unstated} (a bit mask) left out. */
    Object[] values(int index, int unstated) {
        Object[] values = new Object[facts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (unstated & (1 << i)) != 0 ? null : domains.get(i).get(digit(index, i));
        }
        return values;
    }

    /** Counts {@code digits} one situation on, over the facts stated under {@code mask} (the last fact fastest). */
    void next(int mask, int[] digits) {
        for (int i = sizes.length - 1; i >= 0; i--) {
            if ((mask & (1 << i)) != 0) {
                continue;
            }
            if (++digits[i] < sizes[i]) {
                return;
            }
            digits[i] = 0;
        }
    }

    /**
     * Whether the facts, with those in {@code mask} unstated, are a situation of their own: the situation
     * type neither refuses them nor fills in an unstated fact (a type fills in a fact that the stated ones
     * leave one value for; the engine then decides the filled-in situation, which is counted there).
     */
    boolean ownSituation(int mask, int[] digits, Object[] buffer) {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (mask & (1 << i)) != 0 ? null : values[i][digits[i]];
        }
        Situation situation;
        try {
            situation = space.situation(buffer);
        } catch (org.workprivacy.rules.api.situation.InvalidSituationException contradictory) {
            return false;
        }
        try {
            for (int i = 0; i < buffer.length; i++) {
                if ((mask & (1 << i)) != 0 && (Object) accessors[i].invokeExact(situation) != null) {
                    return false;
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    /** The complete-situation number of these digits (those of unstated facts are 0). */
    int completeIndex(int[] digits) {
        int index = 0;
        for (int i = 0; i < digits.length; i++) {
            index += digits[i] * strides[i];
        }
        return index;
    }

    Situation situation(int index, int unstated) {
        return space.situation(values(index, unstated));
    }

    /** The situation as situation JSON, facts not stated left out. */
    String json(Object[] values) {
        StringBuilder json = new StringBuilder("{\"scenario\": \"").append(scenario().id()).append("\", \"facts\": {");
        boolean first = true;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            json.append(first ? "" : ", ").append('"').append(facts.get(i).name()).append("\": ").append(jsonValue(values[i]));
            first = false;
        }
        return json.append("}}").toString();
    }

    static String jsonValue(Object value) {
        return value instanceof Enum<?> constant ? "\"" + SituationJson.enumJsonName(constant) + "\"" : String.valueOf(value);
    }

    List<FactValues> describe() {
        List<FactValues> described = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            String type = fact.isNumber() ? "number" : fact.type() == Boolean.class ? "yes/no" : "choice";
            described.add(new FactValues(fact.name(), type, domains.get(i).stream().map(v -> jsonValue(v).replace("\"", "")).toList()));
        }
        return described;
    }

    /** The thresholds of {@code fact} from several sources, merged. */
    static Set<Integer> union(List<Collection<Integer>> sources) {
        Set<Integer> all = new TreeSet<>();
        sources.forEach(all::addAll);
        return all;
    }
}
