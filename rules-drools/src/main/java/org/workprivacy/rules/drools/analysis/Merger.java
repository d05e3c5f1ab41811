package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.workprivacy.rules.api.verdict.Outcome;

/**
 * Derives the verdict of a situation with facts not stated from the verdicts of its completions, by the
 * engine's own rule (see PartialEvaluation): every completion ALLOWED gives ALLOWED with the permitting
 * reasons common to all (else every one) and every condition; every completion DENIED gives DENIED with
 * the common deny reasons (else every one); a mix gives DENIED {@code missing-facts}.
 *
 * <p>Completions are folded in one by one into a small state that is associative, so any grouping gives
 * the same verdict; states and folds are numbered and remembered. One merger per thread.
 */
final class Merger {
    static final int EMPTY = -1;
    static final String MISSING_FACTS = "missing-facts";

    private record State(boolean allowed, boolean denied, Set<String> allowedCommon, Set<String> allowedUnion,
                         Set<String> deniedCommon, Set<String> deniedUnion, Set<String> conditions) {
    }

    /** The verdict derived for a state, in the parts that reports and invariants compare. */
    record Derived(Outcome outcome, boolean missingFacts, Set<String> reasons, Set<String> conditions) {
    }

    private final List<CompleteTable.Result> results;
    private final int[] leaves;
    private final List<State> states = new ArrayList<>();
    private final Map<State, Integer> numbers = new HashMap<>();
    private final Map<Long, Integer> folds = new HashMap<>();
    private final List<Derived> derived = new ArrayList<>();

    Merger(List<CompleteTable.Result> results) {
        this.results = results;
        this.leaves = new int[results.size()];
        java.util.Arrays.fill(leaves, EMPTY);
    }

    /** The state of one complete situation's result. */
    int leaf(int result) {
        if (result < 0) {
            return EMPTY;
        }
        int leaf = leaves[result];
        if (leaf == EMPTY) {
            CompleteTable.Result r = results.get(result);
            boolean allowed = r.outcome() == Outcome.ALLOWED;
            Set<String> none = Set.of();
            leaf = number(new State(allowed, !allowed, allowed ? r.reasonKeys() : none, allowed ? r.reasonKeys() : none,
                    allowed ? none : r.reasonKeys(), allowed ? none : r.reasonKeys(), allowed ? r.conditions() : none));
            leaves[result] = leaf;
        }
        return leaf;
    }

    /** The state of two groups of completions together. */
    int fold(int a, int b) {
        if (a == EMPTY) {
            return b;
        }
        if (b == EMPTY || a == b) {
            return a;
        }
        long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
        Integer known = folds.get(key);
        if (known != null) {
            return known;
        }
        State x = states.get(a);
        State y = states.get(b);
        State merged = new State(x.allowed || y.allowed, x.denied || y.denied,
                common(x.allowed, x.allowedCommon, y.allowed, y.allowedCommon), union(x.allowedUnion, y.allowedUnion),
                common(x.denied, x.deniedCommon, y.denied, y.deniedCommon), union(x.deniedUnion, y.deniedUnion),
                union(x.conditions, y.conditions));
        int number = number(merged);
        folds.put(key, number);
        return number;
    }

    Derived derived(int state) {
        return derived.get(state);
    }

    private int number(State state) {
        Integer known = numbers.get(state);
        if (known != null) {
            return known;
        }
        states.add(state);
        derived.add(derive(state));
        numbers.put(state, states.size() - 1);
        return states.size() - 1;
    }

    private static Derived derive(State state) {
        if (state.allowed && state.denied) {
            return new Derived(Outcome.DENIED, true, Set.of(MISSING_FACTS), Set.of());
        }
        if (state.allowed) {
            return new Derived(Outcome.ALLOWED, false, codes(state.allowedCommon.isEmpty() ? state.allowedUnion
                    : state.allowedCommon), state.conditions);
        }
        return new Derived(Outcome.DENIED, false, codes(state.deniedCommon.isEmpty() ? state.deniedUnion
                : state.deniedCommon), Set.of());
    }

    private static Set<String> codes(Set<String> keys) {
        Set<String> codes = new TreeSet<>();
        keys.forEach(k -> codes.add(k.substring(k.indexOf('\u0000') + 1)));
        return Collections.unmodifiableSet(codes);
    }

    private static Set<String> common(boolean hasX, Set<String> x, boolean hasY, Set<String> y) {
        if (!hasX) {
            return y;
        }
        if (!hasY) {
            return x;
        }
        if (x.equals(y)) {
            return x;
        }
        Set<String> both = new TreeSet<>(x);
        both.retainAll(y);
        return Collections.unmodifiableSet(both);
    }

    private static Set<String> union(Set<String> x, Set<String> y) {
        if (x.containsAll(y)) {
            return x;
        }
        if (y.containsAll(x)) {
            return y;
        }
        Set<String> all = new TreeSet<>(x);
        all.addAll(y);
        return Collections.unmodifiableSet(all);
    }
}
