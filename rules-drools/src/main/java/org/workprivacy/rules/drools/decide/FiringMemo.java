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
 * <p>Bounded: at most {@link #MAX_CELLS} projections over all rules of the scenario; once full, new projections are
 * not remembered (they are decided by Drools, as before). Domains are finite and small, so in practice it fills far
 * less; a stream of distinct number values can only fill it. Thread-safe: one {@link ConcurrentHashMap} per group of
 * rules reading the same facts; a lookup takes no lock, and two threads recording the same cell record equal values.
 */
final class FiringMemo {
    /** Projections remembered per scenario, over all its groups of rules (each a few hundred bytes at most). */
    static final int MAX_CELLS = 65_536;
    private static final FiredRule[] NONE = new FiredRule[0];

    /** Rules reading the same facts, and what each contributed for each projection of values onto those facts. */
    private static final class Group {
        final int[] facts;
        /** Positions, in firing order, of this group's rules. */
        final int[] rules;
        final ConcurrentMap<Projection, FiredRule[][]> cells = new ConcurrentHashMap<>();

        Group(int[] facts, int[] rules) {
            this.facts = facts;
            this.rules = rules;
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
            groups[g] = new Group(entry.getKey().stream().mapToInt(Integer::intValue).toArray(), members);
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
        Projection[] keys = new Projection[groups.length];
        boolean all = true;
        for (int g = 0; g < groups.length; g++) {
            keys[g] = groups[g].project(values);
            found[g] = groups[g].cells.get(keys[g]);
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
    private void record(List<FiredRule> fired, FiredRule[][][] found, Projection[] keys) {
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
            if (cells.get() >= MAX_CELLS) {
                return;
            }
            Group group = groups[g];
            FiredRule[][] cell = new FiredRule[group.rules.length][];
            for (int s = 0; s < cell.length; s++) {
                List<FiredRule> contributed = byRule.get(group.rules[s]);
                cell[s] = contributed == null ? NONE : contributed.toArray(NONE);
            }
            if (group.cells.putIfAbsent(keys[g], cell) == null) {
                cells.incrementAndGet();
            }
        }
    }

    /** Whether the memo still answers (false once Drools was seen to fire in an order it did not predict). */
    boolean answering() {
        return !off;
    }

    /** How many projections are remembered (for tests). */
    int size() {
        return cells.get();
    }
}
