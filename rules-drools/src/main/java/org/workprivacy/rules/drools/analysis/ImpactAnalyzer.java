package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.workprivacy.rules.api.analysis.ScenarioImpact;
import org.workprivacy.rules.api.analysis.ScenarioImpact.Change;
import org.workprivacy.rules.api.analysis.ScenarioImpact.Kind;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/** Compares two rule sets' verdicts on every situation of one scenario, over the same fact values. */
final class ImpactAnalyzer {
    private final CompleteTable before;
    private final CompleteTable after;
    private final DroolsDecisionEngine beforeEngine;
    private final DroolsDecisionEngine afterEngine;
    private final int maxExamples;

    private record Found(Kind kind, int mask, int index) {
    }

    private static final class MaskChanges {
        long situations;
        final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        final List<Found> examples = new ArrayList<>();
    }

    ImpactAnalyzer(CompleteTable before, CompleteTable after, DroolsDecisionEngine beforeEngine,
                   DroolsDecisionEngine afterEngine, int maxExamples) {
        this.before = before;
        this.after = after;
        this.beforeEngine = beforeEngine;
        this.afterEngine = afterEngine;
        this.maxExamples = maxExamples;
    }

    ScenarioImpact compare() {
        SpaceLayout layout = before.layout;
        int masks = 1 << layout.facts.size();
        List<MaskChanges> perMask = IntStream.range(0, masks).parallel().mapToObj(this::pass).toList();
        List<Integer> order = IntStream.range(0, masks).boxed()
                .sorted(Comparator.comparingInt(Integer::bitCount).thenComparingInt(m -> m)).toList();
        long situations = 0;
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        Map<Kind, List<Found>> examples = new EnumMap<>(Kind.class);
        for (int mask : order) {
            MaskChanges changes = perMask.get(mask);
            situations += changes.situations;
            changes.counts.forEach((kind, count) -> counts.merge(kind, count, Long::sum));
            for (Found found : changes.examples) {
                List<Found> list = examples.computeIfAbsent(found.kind(), k -> new ArrayList<>());
                if (list.size() < maxExamples) {
                    list.add(found);
                }
            }
        }
        List<Change> shown = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (Found found : examples.getOrDefault(kind, List.of())) {
                shown.add(new Change(kind, Examples.of(layout, beforeEngine, found.index(), found.mask()),
                        Examples.of(after.layout, afterEngine, found.index(), found.mask())));
            }
        }
        return new ScenarioImpact(layout.scenario().id(), situations, counts.getOrDefault(Kind.ALLOWED_TO_DENIED, 0L),
                counts.getOrDefault(Kind.DENIED_TO_ALLOWED, 0L), counts.getOrDefault(Kind.REASONS_CHANGED, 0L),
                counts.getOrDefault(Kind.CONDITIONS_CHANGED, 0L), shown);
    }

    private MaskChanges pass(int mask) {
        Merger beforeMerger = new Merger(before.results);
        Merger afterMerger = new Merger(after.results);
        MaskTable old = MaskTable.fill(before.layout, before.ids, mask, beforeMerger);
        MaskTable now = MaskTable.fill(after.layout, after.ids, mask, afterMerger);
        MaskChanges changes = new MaskChanges();
        for (int entry = 0; entry < old.size; entry++) {
            if (old.states[entry] == Merger.EMPTY || now.states[entry] == Merger.EMPTY) {
                continue;
            }
            changes.situations++;
            Merger.Derived was = beforeMerger.derived(old.states[entry]);
            Merger.Derived is = afterMerger.derived(now.states[entry]);
            if (was.outcome() != is.outcome()) {
                add(changes, was.outcome() == Outcome.ALLOWED ? Kind.ALLOWED_TO_DENIED : Kind.DENIED_TO_ALLOWED, old, entry);
                continue;
            }
            if (!was.reasons().equals(is.reasons())) {
                add(changes, Kind.REASONS_CHANGED, old, entry);
            }
            if (was.outcome() == Outcome.ALLOWED && !was.conditions().equals(is.conditions())) {
                add(changes, Kind.CONDITIONS_CHANGED, old, entry);
            }
        }
        return changes;
    }

    private void add(MaskChanges changes, Kind kind, MaskTable table, int entry) {
        long count = changes.counts.merge(kind, 1L, Long::sum);
        if (count <= maxExamples) {
            changes.examples.add(new Found(kind, table.mask, table.completeIndex(entry)));
        }
    }
}
