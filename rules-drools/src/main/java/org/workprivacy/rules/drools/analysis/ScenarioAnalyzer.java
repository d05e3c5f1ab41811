package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.workprivacy.rules.api.analysis.Counts;
import org.workprivacy.rules.api.analysis.Example;
import org.workprivacy.rules.api.analysis.InvariantResult;
import org.workprivacy.rules.api.analysis.RuleFinding;
import org.workprivacy.rules.api.analysis.ScenarioAnalysis;
import org.workprivacy.rules.api.analysis.UnsafePermissions;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleInfo;

/** Analyses one scenario: one pass over every mask of unstated facts, in parallel, then a few engine calls. */
final class ScenarioAnalyzer {
    private final CompleteTable table;
    private final SpaceLayout layout;
    private final List<Invariant> invariants;
    private final List<Matcher> matchers;
    private final DroolsDecisionEngine engine;
    private final int maxExamples;
    private final int engineSample;

    /** An invariant's {@code when} as per-value flags. */
    private record Matcher(boolean[][] accepts, boolean[] acceptsUnstated) {
        static Matcher of(Invariant invariant, SpaceLayout layout) {
            int n = layout.facts.size();
            boolean[][] accepts = new boolean[n][];
            boolean[] unstated = new boolean[n];
            for (int i = 0; i < n; i++) {
                FactPattern pattern = invariant.when().get(layout.facts.get(i));
                accepts[i] = new boolean[layout.sizes[i]];
                for (int d = 0; d < layout.sizes[i]; d++) {
                    accepts[i][d] = pattern == null || pattern.accepts(layout.domains.get(i).get(d));
                }
                unstated[i] = pattern == null || pattern.accepts(null);
            }
            return new Matcher(accepts, unstated);
        }

        boolean applies(int mask) {
            for (int i = 0; i < acceptsUnstated.length; i++) {
                if ((mask & (1 << i)) != 0 && !acceptsUnstated[i]) {
                    return false;
                }
            }
            return true;
        }

        boolean matches(int[] digits, int mask) {
            for (int i = 0; i < accepts.length; i++) {
                if ((mask & (1 << i)) == 0 && !accepts[i][digits[i]]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A situation found in the pass: its mask of unstated facts, its stated values, and its derived verdict. */
    record Found(int mask, int index, Derived derived) {
    }

    /** A derived verdict in the parts compared with the engine's. */
    record Derived(Outcome outcome, java.util.Set<String> reasons, java.util.Set<String> conditions) {
    }

    /** What one mask contributed. */
    private static final class MaskFindings {
        long allowed;
        long denied;
        long missing;
        long contradictory;
        final long[] conditions;
        final long[] checked;
        final long[] violations;
        final List<List<Found>> examples = new ArrayList<>();
        final List<Found> sample = new ArrayList<>();

        MaskFindings(int invariants, int conditionCodes) {
            conditions = new long[conditionCodes];
            checked = new long[invariants];
            violations = new long[invariants];
            for (int i = 0; i < invariants; i++) {
                examples.add(new ArrayList<>());
            }
        }
    }

    ScenarioAnalyzer(CompleteTable table, List<Invariant> invariants, DroolsDecisionEngine engine, int maxExamples,
                     int engineSample) {
        this.table = table;
        this.layout = table.layout;
        this.invariants = invariants;
        this.matchers = invariants.stream().map(i -> Matcher.of(i, layout)).toList();
        this.engine = engine;
        this.maxExamples = maxExamples;
        this.engineSample = engineSample;
    }

    ScenarioAnalysis analyze(List<RuleInfo> rules) {
        int masks = 1 << layout.facts.size();
        long[] offsets = new long[masks];
        long partialTotal = 0;
        for (int mask = 1; mask < masks; mask++) {
            offsets[mask] = partialTotal;
            long size = layout.complete;
            for (int i = 0; i < layout.sizes.length; i++) {
                size /= (mask & (1 << i)) != 0 ? layout.sizes[i] : 1;
            }
            partialTotal += size;
        }
        long sampleStride = Math.max(1, partialTotal / Math.max(1, engineSample));
        List<List<String>> codes = Catalog.codes(List.of(table));
        Catalog catalog = new Catalog(table, codes.get(0), codes.get(1));
        MaskFindings[] perMask = new MaskFindings[masks];
        SubsetWalk.walk(layout, List.of(catalog), (mask, tables) ->
                perMask[mask] = pass(mask, tables[0], offsets[mask], sampleStride));
        List<Integer> order = IntStream.range(0, masks).boxed()
                .sorted(Comparator.comparingInt(Integer::bitCount).thenComparingInt(m -> m)).toList();

        long allowed = 0;
        long denied = 0;
        long missing = 0;
        long contradictory = 0;
        long complete = 0;
        long allowedComplete = 0;
        long deniedComplete = 0;
        long[] conditionCounts = new long[codes.get(1).size()];
        long[] checked = new long[invariants.size()];
        long[] violations = new long[invariants.size()];
        List<List<Found>> examples = new ArrayList<>();
        invariants.forEach(i -> examples.add(new ArrayList<>()));
        List<Found> sample = new ArrayList<>();
        for (int mask : order) {
            MaskFindings found = perMask[mask];
            if (mask == 0) {
                allowedComplete = found.allowed;
                deniedComplete = found.denied;
                complete = found.allowed + found.denied;
            }
            allowed += found.allowed;
            denied += found.denied;
            missing += found.missing;
            contradictory += found.contradictory;
            for (int c = 0; c < conditionCounts.length; c++) {
                conditionCounts[c] += found.conditions[c];
            }
            for (int i = 0; i < invariants.size(); i++) {
                checked[i] += found.checked[i];
                violations[i] += found.violations[i];
                List<Found> list = examples.get(i);
                found.examples.get(i).stream().limit(Math.max(0, maxExamples - list.size())).forEach(list::add);
            }
            sample.addAll(found.sample);
        }
        Map<String, Long> conditions = new HashMap<>();
        for (int c = 0; c < conditionCounts.length; c++) {
            if (conditionCounts[c] > 0) {
                conditions.put(codes.get(1).get(c), conditionCounts[c]);
            }
        }
        long situations = allowed + denied + missing;
        Counts counts = new Counts(complete, situations - complete, contradictory, allowed, denied, missing,
                allowedComplete, deniedComplete, conditions);

        List<Example> disagreements = new ArrayList<>();
        List<Example> unsafe = new ArrayList<>();
        List<InvariantResult> results = new ArrayList<>();
        for (int i = 0; i < invariants.size(); i++) {
            Invariant invariant = invariants.get(i);
            List<Example> counterexamples = new ArrayList<>();
            for (Found f : examples.get(i)) {
                Example example = example(f);
                counterexamples.add(example);
                if (!agrees(example, f.derived())) {
                    disagreements.add(example);
                }
            }
            results.add(new InvariantResult(invariant.id(), invariant.sentence(), invariant.legalBasis(),
                    invariant.location(), checked[i], violations[i], counterexamples));
        }
        List<Example> checkedByEngine = sample.parallelStream().map(f -> agrees(f) ? null : example(f)).toList();
        for (int i = 0; i < sample.size(); i++) {
            Example example = checkedByEngine.get(i);
            if (example == null) {
                continue;
            }
            if (example.outcome() == Outcome.ALLOWED && sample.get(i).derived().outcome() != Outcome.ALLOWED) {
                unsafe.add(example);
            } else {
                disagreements.add(example);
            }
        }
        long allowedWithUnstated = allowed - allowedComplete;
        UnsafePermissions unsafePermissions = new UnsafePermissions(allowedWithUnstated, sample.size(),
                limit(unsafe), limit(disagreements));
        return new ScenarioAnalysis(layout.scenario().id(), layout.describe(), counts, results,
                deadRules(rules), shadowed(rules), unshownConditions(rules), unsafePermissions);
    }

    private List<Example> limit(List<Example> examples) {
        return examples.stream().limit(Math.max(maxExamples, 1) * 3L).toList();
    }

    private MaskFindings pass(int mask, StateTable states, long offset, long sampleStride) {
        Catalog catalog = states.catalog;
        MaskFindings found = new MaskFindings(invariants.size(), catalog.conditionCodeList().size());
        int n = layout.sizes.length;
        boolean[] applies = new boolean[matchers.size()];
        int[] index = new int[invariants.size()];
        for (int i = 0; i < matchers.size(); i++) {
            applies[i] = matchers.get(i).applies(mask);
            Invariant invariant = invariants.get(i);
            index[i] = switch (invariant.property()) {
                case OUTCOME -> -1;
                case REASON -> catalog.reasonCodeIndex(invariant.value());
                case CONDITION -> catalog.conditionIndex(invariant.value());
            };
        }
        long[] codeBits = new long[catalog.reasonCodeWords()];
        int[] digits = new int[n];
        Object[] values = new Object[n];
        for (int e = 0; e < states.size; e++) {
            if (e > 0) {
                layout.next(mask, digits);
            }
            if (states.empty(e)) {
                found.contradictory++;
                continue;
            }
            if (mask != 0 && !layout.ownSituation(mask, digits, values)) {
                found.contradictory++;
                continue;
            }
            boolean allowed = states.allowed(e);
            if (states.mixed(e)) {
                found.missing++;
            } else if (allowed) {
                found.allowed++;
                for (int c = 0; c < found.conditions.length; c++) {
                    if (states.hasCondition(e, c)) {
                        found.conditions[c]++;
                    }
                }
            } else {
                found.denied++;
            }
            boolean reasonsKnown = false;
            for (int i = 0; i < matchers.size(); i++) {
                if (!applies[i] || !matchers.get(i).matches(digits, mask)) {
                    continue;
                }
                found.checked[i]++;
                Invariant invariant = invariants.get(i);
                boolean has = switch (invariant.property()) {
                    case OUTCOME -> (allowed ? "ALLOWED" : "DENIED").equals(invariant.value());
                    case CONDITION -> states.hasCondition(e, index[i]);
                    case REASON -> {
                        if (!reasonsKnown) {
                            states.reasonCodeBits(e, codeBits);
                            reasonsKnown = true;
                        }
                        yield Catalog.has(codeBits, 0, index[i]);
                    }
                };
                boolean broken = invariant.always()
                        ? !has && !(invariant.property() == Invariant.Property.CONDITION && !allowed)
                        : has;
                if (broken) {
                    found.violations[i]++;
                    if (found.examples.get(i).size() < maxExamples) {
                        found.examples.get(i).add(new Found(mask, completeIndex(digits), derived(states, e)));
                    }
                }
            }
            if (mask != 0 && (offset + e) % sampleStride == 0) {
                found.sample.add(new Found(mask, completeIndex(digits), derived(states, e)));
            }
        }
        return found;
    }

    /** The verdict derived for entry {@code e}, in the parts compared with the engine's. */
    static Derived derived(StateTable states, int e) {
        long[] bits = states.reasonCodeBits(e, new long[states.catalog.reasonCodeWords()]);
        return new Derived(states.allowed(e) ? Outcome.ALLOWED : Outcome.DENIED, states.catalog.reasonCodes(bits),
                states.conditionCodes(e));
    }

    private int completeIndex(int[] digits) {
        return layout.completeIndex(digits);
    }

    private boolean agrees(Found found) {
        Verdict verdict = engine.decide(layout.situation(found.index(), found.mask()));
        return verdict.outcome() == found.derived().outcome()
                && new TreeSet<>(verdict.reasonCodes()).equals(found.derived().reasons())
                && new TreeSet<>(verdict.conditionCodes()).equals(found.derived().conditions());
    }

    private static boolean agrees(Example example, Derived derived) {
        return example.outcome() == derived.outcome() && new TreeSet<>(example.reasons()).equals(derived.reasons())
                && new TreeSet<>(example.conditions()).equals(derived.conditions());
    }

    Example example(Found found) {
        return Examples.of(layout, engine, found.index(), found.mask());
    }

    private Set<String> fired(java.util.function.Function<CompleteTable.Result, Set<String>> rules, boolean allowedOnly) {
        Set<String> names = new TreeSet<>();
        table.results.stream().filter(r -> !allowedOnly || r.outcome() == Outcome.ALLOWED).forEach(r -> names.addAll(rules.apply(r)));
        return names;
    }

    private List<RuleFinding> deadRules(List<RuleInfo> rules) {
        Set<String> fired = fired(CompleteTable.Result::firedRules, false);
        return rules.stream().filter(r -> !fired.contains(r.name()))
                .map(r -> new RuleFinding(r.name(), r.file(), r.code(), "fires in none of the " + countComplete()
                        + " complete situations, so it never takes part in a verdict")).toList();
    }

    private List<RuleFinding> shadowed(List<RuleInfo> rules) {
        Set<String> fired = fired(CompleteTable.Result::allowRules, false);
        Set<String> effective = fired(CompleteTable.Result::allowRules, true);
        return rules.stream().filter(r -> fired.contains(r.name()) && !effective.contains(r.name()))
                .map(r -> new RuleFinding(r.name(), r.file(), r.code(), "fires only in situations that a deny rule"
                        + " (or a missing fact) makes DENIED, so its permission never shows")).toList();
    }

    private List<RuleFinding> unshownConditions(List<RuleInfo> rules) {
        Set<String> fired = fired(CompleteTable.Result::conditionRules, false);
        Set<String> shown = fired(CompleteTable.Result::conditionRules, true);
        return rules.stream().filter(r -> fired.contains(r.name()) && !shown.contains(r.name()))
                .map(r -> new RuleFinding(r.name(), r.file(), r.code(), "attaches its condition only in situations that"
                        + " are DENIED, so the condition is never shown")).toList();
    }

    private long countComplete() {
        return java.util.Arrays.stream(table.ids).filter(id -> id >= 0).count();
    }
}
