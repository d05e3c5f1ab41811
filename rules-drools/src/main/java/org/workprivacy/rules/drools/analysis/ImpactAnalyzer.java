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
        List<List<String>> codes = Catalog.codes(List.of(before, after));
        List<Catalog> catalogs = List.of(new Catalog(before, codes.get(0), codes.get(1)),
                new Catalog(after, codes.get(0), codes.get(1)));
        MaskChanges[] perMask = new MaskChanges[masks];
        SubsetWalk.walk(layout, catalogs, (mask, tables) -> perMask[mask] = pass(mask, tables[0], tables[1]));
        List<Integer> order = IntStream.range(0, masks).boxed()
                .sorted(Comparator.comparingInt(Integer::bitCount).thenComparingInt(m -> m)).toList();
        long situations = 0;
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        Map<Kind, List<Found>> examples = new EnumMap<>(Kind.class);
        for (int mask : order) {
            MaskChanges changes = perMask[mask];
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

    private MaskChanges pass(int mask, StateTable old, StateTable now) {
        SpaceLayout layout = old.layout;
        int n = layout.sizes.length;
        MaskChanges changes = new MaskChanges();
        int words = old.catalog.reasonCodeWords();
        long[] was = new long[words];
        long[] is = new long[words];
        int[] digits = new int[n];
        Object[] values = new Object[n];
        for (int e = 0; e < old.size; e++) {
            if (e > 0) {
                layout.next(mask, digits);
            }
            if (old.empty(e) || now.empty(e) || mask != 0 && !layout.ownSituation(mask, digits, values)) {
                continue;
            }
            changes.situations++;
            if (old.allowed(e) != now.allowed(e)) {
                add(changes, old.allowed(e) ? Kind.ALLOWED_TO_DENIED : Kind.DENIED_TO_ALLOWED, mask, digits, layout);
                continue;
            }
            if (!java.util.Arrays.equals(old.reasonCodeBits(e, was), now.reasonCodeBits(e, is))) {
                add(changes, Kind.REASONS_CHANGED, mask, digits, layout);
            }
            if (old.allowed(e) && !old.sameConditions(e, now, e)) {
                add(changes, Kind.CONDITIONS_CHANGED, mask, digits, layout);
            }
        }
        return changes;
    }

    private void add(MaskChanges changes, Kind kind, int mask, int[] digits, SpaceLayout layout) {
        long count = changes.counts.merge(kind, 1L, Long::sum);
        if (count <= maxExamples) {
            changes.examples.add(new Found(kind, mask, layout.completeIndex(digits)));
        }
    }
}
