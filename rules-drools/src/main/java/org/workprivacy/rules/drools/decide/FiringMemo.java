package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;

/**
 * What Drools answered, per rule, for the values of the facts that rule reads: one scenario of one prepared rule
 * set (so a reload starts with an empty memo). A rule's consequence only reports to the verdict, so a rule fires,
 * and contributes what it contributes, exactly when its own conditions hold, and those depend only on the facts its
 * text names ({@link RuleReads}); the same few projections recur across millions of situations with open facts.
 * One Drools decision of a situation fills the cell of every rule at once; a situation whose every rule has its cell
 * is answered from the cells, in the order Drools fires (salience, then load order), without Drools.
 *
 * <p>Only what Drools itself answered is kept: no verdict logic here. Where Drools' order cannot be predicted
 * (dynamic salience, activation or agenda groups, a rule this memo does not know firing, rules sharing a name, or a
 * decision whose firing order disagrees with the predicted one) the memo turns itself off for good and every
 * decision goes to Drools. Used only for decisions without matched facts (an explanation shows those).
 *
 * <p>Bounded. A group of rules reading yes/no and enum facts and small whole numbers keeps its cells in an array of at
 * most {@link #MAX_DENSE} entries (4 MB), indexed by the values and allocated when the group is first answered:
 * numbers from 0 below {@link #DENSE_NUMBERS} index it directly. A larger number, or a group with more combinations
 * than that, keeps its cells in a map by value, and those cells are at most {@link #MAX_CELLS} per scenario, after
 * which new projections simply go to Drools. What a cell holds is shared by every cell with the same contributions
 * (rules fire or not: a group has few distinct answers), so an entry of the array costs a reference. Thread-safe
 * without locks: the arrays are {@link AtomicReferenceArray}s and the maps {@link ConcurrentHashMap}s; two threads
 * recording the same cell record equal values (the first one stays).
 */
final class FiringMemo {
    /** Projections remembered by value per scenario, over all its groups of rules (each a few hundred bytes at most). */
    static final int MAX_CELLS = 65_536;
    private static final FiredRule[] NONE = new FiredRule[0];

    /** Combinations of values up to which a group's cells are an array indexed by the values (4 MB at most). */
    static final int MAX_DENSE = 1 << 20;
    /** Whole numbers from 0 below this bound index a group's array directly (days, in the bundled rules). */
    static final int DENSE_NUMBERS = 128;
    /** At most this many distinct answers a group shares between its cells; past it a cell keeps its own. */
    private static final int MAX_SHARED = 1_024;

    /**
     * Rules reading the same facts, and what each contributed for each projection of values onto those facts. Yes/no
     * and enum facts (finite, with "unstated" as one more value) and small whole numbers index an array directly: no
     * hashing and no key to build. A larger number, or a group with too many combinations for an array, keeps its
     * cells in a map keyed by the values.
     */
    private static final class Group {
        final int[] facts;
        /** Positions, in firing order, of this group's rules. */
        final int[] rules;
        /** Per fact, the number of its codes (values + unstated); null when the group has no array. */
        final int[] radix;
        final int size;
        private volatile AtomicReferenceArray<FiredRule[][]> dense;
        final ConcurrentMap<Projection, FiredRule[][]> cells = new ConcurrentHashMap<>();
        /** Each distinct answer once, so that equal cells share it. */
        private final ConcurrentMap<List<List<FiredRule>>, FiredRule[][]> answers = new ConcurrentHashMap<>();

        Group(FactSpace space, int[] facts, int[] rules) {
            this.facts = facts;
            this.rules = rules;
            int[] radix = new int[facts.length];
            long size = 1;
            for (int i = 0; i < facts.length; i++) {
                Fact fact = space.facts().get(facts[i]);
                radix[i] = fact.isNumber() ? (fact.type() == Integer.class ? DENSE_NUMBERS + 1 : 0)
                        : fact.type() == Boolean.class ? 3 : fact.type().getEnumConstants().length + 1;
                size = radix[i] == 0 || size > MAX_DENSE ? Long.MAX_VALUE : size * radix[i];
            }
            boolean isDense = size <= MAX_DENSE;
            this.radix = isDense ? radix : null;
            this.size = isDense ? (int) size : 0;
        }

        /** The array index of {@code values}, or -1 when they are kept in the map (a large number, a large group). */
        int index(Object[] values) {
            if (radix == null) {
                return -1;
            }
            int index = 0;
            for (int i = 0; i < facts.length; i++) {
                Object value = values[facts[i]];
                int code;
                if (value == null) {
                    code = 0;
                } else if (value instanceof Boolean b) {
                    code = b ? 2 : 1;
                } else if (value instanceof Enum<?> e && e.ordinal() + 1 < radix[i]) {
                    code = e.ordinal() + 1;
                } else if (value instanceof Integer number && number >= 0 && number < DENSE_NUMBERS
                        && radix[i] == DENSE_NUMBERS + 1) {
                    code = number + 1;
                } else {
                    return -1;
                }
                index = index * radix[i] + code;
            }
            return index;
        }

        /** The cell of {@code values}, or null; {@code key[at]} receives what {@link #put} needs to store it. */
        FiredRule[][] get(Object[] values, Object[] key, int at) {
            int index = index(values);
            if (index >= 0) {
                key[at] = index;
                AtomicReferenceArray<FiredRule[][]> array = dense;
                return array == null ? null : array.get(index);
            }
            Projection projection = project(values);
            key[at] = projection;
            return cells.get(projection);
        }

        /** Stores a cell in the array (true) or, if {@code room}, in the map (true if it was new there). */
        boolean put(Object key, FiredRule[][] cell, boolean room) {
            FiredRule[][] shared = share(cell);
            if (key instanceof Integer index) {
                array().compareAndSet(index, null, shared);
                return false; // the array's entries are bounded by its size, not counted against MAX_CELLS
            }
            return room && cells.putIfAbsent((Projection) key, shared) == null;
        }

        private FiredRule[][] share(FiredRule[][] cell) {
            if (answers.size() >= MAX_SHARED) {
                return cell;
            }
            List<List<FiredRule>> answer = new ArrayList<>(cell.length);
            for (FiredRule[] contributed : cell) {
                answer.add(List.of(contributed));
            }
            FiredRule[][] known = answers.putIfAbsent(answer, cell);
            return known == null ? cell : known;
        }

        private AtomicReferenceArray<FiredRule[][]> array() {
            AtomicReferenceArray<FiredRule[][]> array = dense;
            if (array == null) {
                synchronized (this) { // once per group: a decision that never reaches this group allocates nothing
                    array = dense;
                    if (array == null) {
                        array = new AtomicReferenceArray<>(size);
                        dense = array;
                    }
                }
            }
            return array;
        }

        Projection project(Object[] values) {
            Object[] projected = new Object[facts.length];
            for (int i = 0; i < facts.length; i++) {
                projected[i] = values[facts[i]];
            }
            return new Projection(projected);
        }
    }

    /** Values of a group's facts (null for an unstated one), compared by value. */
    private static final class Projection {
        private final Object[] values;
        private final int hash;

        Projection(Object[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Projection p && p.hash == hash && Arrays.equals(p.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final String[] names;
    private final int[] groupOf;
    private final int[] slotInGroup;
    private final Group[] groups;
    private final Map<String, Integer> position = new HashMap<>();
    private final AtomicInteger cells = new AtomicInteger();
    private volatile boolean off;

    /**
     * @param rules the compiled rules that can match this scenario's situations, each with the facts its text names
     */
    FiringMemo(FactSpace space, List<Map.Entry<Rule, java.util.Set<String>>> rules) {
        List<Map.Entry<Rule, java.util.Set<String>>> ordered = new ArrayList<>(rules);
        boolean predictable = true;
        for (Map.Entry<Rule, java.util.Set<String>> entry : ordered) {
            if (!(entry.getKey() instanceof RuleImpl rule) || rule.isSalienceDynamic() || !rule.isMainAgendaGroup()
                    || (rule.getActivationGroup() != null && !rule.getActivationGroup().isEmpty())
                    || (rule.getRuleFlowGroup() != null && !rule.getRuleFlowGroup().isEmpty())) {
                predictable = false;
            }
        }
        if (predictable) {
            // Drools' agenda order for one inserted fact: higher salience first, then lower load order.
            ordered.sort(Comparator.comparingInt((Map.Entry<Rule, java.util.Set<String>> e) -> -((RuleImpl) e.getKey()).getSalienceValue())
                    .thenComparingInt(e -> e.getKey().getLoadOrder()));
        }
        int n = ordered.size();
        names = new String[n];
        groupOf = new int[n];
        slotInGroup = new int[n];
        Map<List<Integer>, List<Integer>> byReads = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            names[r] = ordered.get(r).getKey().getName();
            if (position.put(names[r], r) != null) {
                predictable = false; // two rules of one name could not be told apart in what fired
            }
            java.util.Set<String> reads = ordered.get(r).getValue();
            List<Integer> facts = space.facts().stream().filter(f -> reads.contains(f.name())).map(Fact::index).toList();
            byReads.computeIfAbsent(facts, k -> new ArrayList<>()).add(r);
        }
        groups = new Group[byReads.size()];
        int g = 0;
        for (Map.Entry<List<Integer>, List<Integer>> entry : byReads.entrySet()) {
            int[] members = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            groups[g] = new Group(space, entry.getKey().stream().mapToInt(Integer::intValue).toArray(), members);
            for (int s = 0; s < members.length; s++) {
                groupOf[members[s]] = g;
                slotInGroup[members[s]] = s;
            }
            g++;
        }
        off = !predictable;
    }

    /** Turns every new memo off: the system property {@code workprivacy.firingMemo=false} (benchmarks compare). */
    static boolean enabled() {
        return !"false".equals(System.getProperty("workprivacy.firingMemo"));
    }

    /**
     * The rules that fire on the situation whose fact values are {@code values}, from the memo if every rule's cell
     * is known, otherwise from {@code drools} (whose answer then fills the cells).
     */
    List<FiredRule> fire(Object[] values, Supplier<List<FiredRule>> drools) {
        if (off) {
            return drools.get();
        }
        FiredRule[][][] found = new FiredRule[groups.length][][];
        Object[] keys = new Object[groups.length];
        boolean all = true;
        for (int g = 0; g < groups.length; g++) {
            found[g] = groups[g].get(values, keys, g);
            if (found[g] == null) {
                all = false;
            }
        }
        if (all) {
            List<FiredRule> fired = new ArrayList<>(4);
            for (int r = 0; r < names.length; r++) {
                for (FiredRule rule : found[groupOf[r]][slotInGroup[r]]) {
                    fired.add(rule);
                }
            }
            return fired;
        }
        List<FiredRule> fired = drools.get();
        record(fired, found, keys);
        return fired;
    }

    /** Splits what Drools fired by rule and fills the missing cells, unless the order is not the predicted one. */
    private void record(List<FiredRule> fired, FiredRule[][][] found, Object[] keys) {
        List<List<FiredRule>> byRule = new ArrayList<>(names.length);
        for (int r = 0; r < names.length; r++) {
            byRule.add(null);
        }
        int last = -1;
        for (FiredRule rule : fired) {
            Integer at = position.get(rule.ruleId());
            if (at == null || at < last) {
                off = true; // a rule not foreseen, or Drools fired in another order: never answer from the memo
                return;
            }
            last = at;
            if (byRule.get(at) == null) {
                byRule.set(at, new ArrayList<>(1));
            }
            byRule.get(at).add(rule);
        }
        for (int g = 0; g < groups.length; g++) {
            if (found[g] != null) {
                continue;
            }
            Group group = groups[g];
            FiredRule[][] cell = new FiredRule[group.rules.length][];
            for (int s = 0; s < cell.length; s++) {
                List<FiredRule> contributed = byRule.get(group.rules[s]);
                cell[s] = contributed == null ? NONE : contributed.toArray(NONE);
            }
            if (group.put(keys[g], cell, cells.get() < MAX_CELLS)) {
                cells.incrementAndGet();
            }
        }
    }

    /** Whether the memo still answers (false once Drools was seen to fire in an order it did not predict). */
    boolean answering() {
        return !off;
    }

    /** How many projections are remembered in maps by value (for tests; array entries are not counted). */
    int size() {
        return cells.get();
    }
}
