package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.CompleteDecider;

/**
 * Every complete situation of a scenario decided once by the rules (in parallel, the only rule firing of
 * the analysis), kept as one small result number per situation: the distinct results (outcome, reasons,
 * conditions, rules fired) are few and stored once.
 */
final class CompleteTable {
    static final int CONTRADICTORY = -1;

    /**
     * One distinct result of deciding a complete situation.
     *
     * @param reasonKeys the reasons as "rule\0code", as the engine merges them over completions
     */
    record Result(Outcome outcome, Set<String> reasonKeys, Set<String> reasonCodes, Set<String> conditions,
                  Set<String> allowRules, Set<String> denyRules, Set<String> conditionRules, Set<String> firedRules) {
        static Result of(Verdict verdict, List<FiredRule> fired) {
            Set<String> keys = new TreeSet<>();
            Set<String> codes = new TreeSet<>();
            for (Reason reason : verdict.reasons()) {
                keys.add(reason.ruleId() + '\u0000' + reason.code());
                codes.add(reason.code());
            }
            return new Result(verdict.outcome(), Collections.unmodifiableSet(keys), Collections.unmodifiableSet(codes),
                    Collections.unmodifiableSet(new TreeSet<>(verdict.conditionCodes())), rules(fired, Effect.ALLOW),
                    rules(fired, Effect.DENY), rules(fired, Effect.CONDITION),
                    Collections.unmodifiableSet(new TreeSet<>(fired.stream().map(FiredRule::ruleId).toList())));
        }

        private static Set<String> rules(List<FiredRule> fired, Effect effect) {
            Set<String> names = new TreeSet<>();
            fired.stream().filter(f -> f.effect() == effect).forEach(f -> names.add(f.ruleId()));
            return Collections.unmodifiableSet(names);
        }
    }

    final SpaceLayout layout;
    final int[] ids;
    final List<Result> results;

    private CompleteTable(SpaceLayout layout, int[] ids, List<Result> results) {
        this.layout = layout;
        this.ids = ids;
        this.results = List.copyOf(results);
    }

    static CompleteTable decide(SpaceLayout layout, CompleteDecider decider) {
        int[] ids = new int[layout.complete];
        Map<Result, Integer> interned = new ConcurrentHashMap<>();
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, layout.complete).parallel().forEach(index -> {
            Situation situation;
            try {
                situation = layout.situation(index, 0);
            } catch (InvalidSituationException contradictory) {
                ids[index] = CONTRADICTORY;
                return;
            }
            CompleteDecider.Decision decision = decider.decide(situation);
            Result result = Result.of(decision.verdict(), decision.fired());
            Integer id = interned.get(result);
            if (id == null) {
                id = interned.computeIfAbsent(result, r -> {
                    synchronized (results) {
                        results.add(r);
                        return results.size() - 1;
                    }
                });
            }
            ids[index] = id;
        });
        return new CompleteTable(layout, ids, results);
    }
}
