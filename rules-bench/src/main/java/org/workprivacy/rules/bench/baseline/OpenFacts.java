package org.workprivacy.rules.bench.baseline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * The engine's treatment of facts left open, written out plainly for the baseline: decide every completion
 * with the hand-written logic; all ALLOWED gives ALLOWED with every condition, all DENIED gives DENIED with the
 * common reasons, otherwise the decisive facts are missing. No pruning and no memory, as a hand-written
 * program would start; numbers are tried at the thresholds each scenario's logic declares.
 */
final class OpenFacts {
    private OpenFacts() {
    }

    static Verdict decide(Situation situation, Map<String, List<Integer>> thresholds, Function<Situation, Verdict> complete,
                          Function<String, Reason> missing) {
        FactSpace space = FactSpace.of(situation.scenario());
        Object[] given = space.values(situation);
        List<Fact> open = space.facts().stream().filter(f -> given[f.index()] == null).toList();
        List<List<Object>> domains = open.stream().map(f -> f.isNumber()
                ? FactSpace.numberValues(thresholds.getOrDefault(f.name(), List.of())) : f.values()).toList();
        Map<List<Object>, Verdict> decided = new LinkedHashMap<>();
        enumerate(domains, new ArrayList<>(), choice -> {
            Object[] values = given.clone();
            for (int i = 0; i < open.size(); i++) {
                values[open.get(i).index()] = choice.get(i);
            }
            try {
                decided.put(List.copyOf(choice), complete.apply(space.situation(values)));
            } catch (InvalidSituationException contradictory) {
                // not a situation anyone can be in
            }
        });
        Verdict first = decided.values().iterator().next();
        boolean allAllowed = decided.values().stream().allMatch(Verdict::allowed);
        boolean allDenied = decided.values().stream().noneMatch(Verdict::allowed);
        List<String> question = space.questions().stream().filter(f -> given[f.index()] == null).map(Fact::name).toList();
        if (allAllowed && !question.isEmpty()) {
            return new Verdict(first.scenario(), Outcome.DENIED, question.stream().map(missing).toList(), List.of(), question,
                    first.ruleSetVersion());
        }
        if (allAllowed || allDenied) {
            Map<String, Reason> common = new LinkedHashMap<>();
            first.reasons().forEach(r -> common.put(r.code(), r));
            Map<String, Reason> union = new LinkedHashMap<>();
            Map<String, Condition> conditions = new LinkedHashMap<>();
            for (Verdict v : decided.values()) {
                common.keySet().retainAll(v.reasonCodes());
                v.reasons().forEach(r -> union.putIfAbsent(r.code(), r));
                v.conditions().forEach(c -> conditions.putIfAbsent(c.code(), c));
            }
            List<Reason> reasons = List.copyOf((common.isEmpty() ? union : common).values());
            return new Verdict(first.scenario(), allAllowed ? Outcome.ALLOWED : Outcome.DENIED, reasons,
                    allAllowed ? List.copyOf(conditions.values()) : List.of(), List.of(), first.ruleSetVersion());
        }
        List<String> decisive = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            if (decisive(i, domains.get(i), decided)) {
                decisive.add(open.get(i).name());
            }
        }
        return new Verdict(first.scenario(), Outcome.DENIED, decisive.stream().map(missing).toList(), List.of(), decisive,
                first.ruleSetVersion());
    }

    private static boolean decisive(int fact, List<Object> domain, Map<List<Object>, Verdict> decided) {
        for (Map.Entry<List<Object>, Verdict> entry : decided.entrySet()) {
            for (Object value : domain) {
                List<Object> other = new ArrayList<>(entry.getKey());
                other.set(fact, value);
                Verdict neighbour = decided.get(other);
                if (neighbour != null && neighbour.outcome() != entry.getValue().outcome()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void enumerate(List<List<Object>> domains, List<Object> chosen, java.util.function.Consumer<List<Object>> action) {
        if (chosen.size() == domains.size()) {
            action.accept(chosen);
            return;
        }
        for (Object value : domains.get(chosen.size())) {
            chosen.add(value);
            enumerate(domains, chosen, action);
            chosen.remove(chosen.size() - 1);
        }
    }
}
