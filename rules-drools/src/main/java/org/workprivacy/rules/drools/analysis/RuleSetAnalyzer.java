package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.analysis.ChangeImpact;
import org.workprivacy.rules.api.analysis.RuleFinding;
import org.workprivacy.rules.api.analysis.ScenarioAnalysis;
import org.workprivacy.rules.api.analysis.ScenarioImpact;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.decide.CompleteDecider;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleInfo;

/**
 * Analyses a whole rule set by deciding every situation of every scenario: each fact at each of its
 * values or not stated; a number at 0, at each threshold the rules (and the invariants) compare it with
 * and one either side, and at a large value. The facts come from the situation records, so a new fact is
 * covered the day it is added.
 *
 * <p>Only complete situations go through the rules, once each and in parallel; the verdict of a situation
 * with facts not stated is derived from its completions by the engine's own rule, and the engine is asked
 * itself for a spread sample of them to confirm it agrees (see {@link org.workprivacy.rules.api.analysis.UnsafePermissions}).
 * Memory is one small number per complete situation plus one table per thread.
 *
 * <pre>{@code
 * Analysis analysis = new RuleSetAnalyzer().analyze(DecisionEngines.bundled().ruleSet());
 * analysis.failedInvariants().forEach(i -> System.out.println(i.id() + " fails: " + i.counterexamples()));
 * }</pre>
 */
public final class RuleSetAnalyzer {
    /** Counterexamples shown per invariant, and examples per kind of change. */
    public static final int DEFAULT_EXAMPLES = 3;
    /** Situations with unstated facts the engine decides, per scenario, to confirm the derived verdicts. */
    public static final int DEFAULT_ENGINE_SAMPLE = 250;

    private final int maxExamples;
    private final int engineSample;

    public RuleSetAnalyzer() {
        this(DEFAULT_EXAMPLES, DEFAULT_ENGINE_SAMPLE);
    }

    /**
     * @param maxExamples  counterexamples per invariant and examples per kind of change (at least 1)
     * @param engineSample situations with unstated facts per scenario that the engine decides too (0: none)
     */
    public RuleSetAnalyzer(int maxExamples, int engineSample) {
        if (maxExamples < 1 || engineSample < 0) {
            throw new IllegalArgumentException("maxExamples must be at least 1 and engineSample not negative");
        }
        this.maxExamples = maxExamples;
        this.engineSample = engineSample;
    }

    /**
     * Analyses {@code ruleSet} with the invariants files beside its rules.
     *
     * @throws org.workprivacy.rules.api.ruleset.RuleSetException when an invariants file is broken, with
     *         every problem located as file:line
     */
    public Analysis analyze(RuleSet ruleSet) {
        return analyze(ruleSet, java.util.EnumSet.allOf(Scenario.class));
    }

    /** Analyses only the given scenarios (the invariants files of every scenario are still read and checked). */
    public Analysis analyze(RuleSet ruleSet, java.util.Set<Scenario> only) {
        List<Invariant> invariants = new InvariantReader().readAll(ruleSet.files());
        CompleteDecider decider = new CompleteDecider(ruleSet);
        DroolsDecisionEngine engine = DecisionEngines.of(ruleSet);
        List<ScenarioAnalysis> scenarios = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            if (!only.contains(scenario)) {
                continue;
            }
            List<Invariant> own = invariants.stream().filter(i -> i.scenario().equals(scenario.id())).toList();
            SpaceLayout layout = new SpaceLayout(scenario, fact -> SpaceLayout.union(List.of(decider.thresholds(fact.name()),
                    own.stream().map(i -> i.when().get(fact)).filter(p -> p != null)
                            .flatMap(p -> p.thresholds().stream()).toList())));
            CompleteTable table = CompleteTable.decide(layout, decider);
            scenarios.add(new ScenarioAnalyzer(table, own, engine, maxExamples, engineSample)
                    .analyze(rulesOf(scenario, ruleSet.rules())));
        }
        return new Analysis(ruleSet.version(), placeUnnamedDeadRules(scenarios));
    }

    /**
     * Which situations change verdict between {@code before} and {@code after}. Both rule sets are decided
     * over the same values: a number fact at the thresholds of both.
     */
    public ChangeImpact compare(RuleSet before, RuleSet after) {
        return compare(before, after, java.util.EnumSet.allOf(Scenario.class));
    }

    /** The change impact on the given scenarios only. */
    public ChangeImpact compare(RuleSet before, RuleSet after, java.util.Set<Scenario> only) {
        CompleteDecider old = new CompleteDecider(before);
        CompleteDecider now = new CompleteDecider(after);
        DroolsDecisionEngine oldEngine = DecisionEngines.of(before);
        DroolsDecisionEngine newEngine = DecisionEngines.of(after);
        List<ScenarioImpact> scenarios = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            if (!only.contains(scenario)) {
                continue;
            }
            Function<Fact, Collection<Integer>> thresholds = fact -> SpaceLayout.union(
                    List.of(old.thresholds(fact.name()), now.thresholds(fact.name())));
            SpaceLayout layout = new SpaceLayout(scenario, thresholds);
            scenarios.add(new ImpactAnalyzer(CompleteTable.decide(layout, old), CompleteTable.decide(layout, now),
                    oldEngine, newEngine, maxExamples).compare());
        }
        return new ChangeImpact(before.version(), after.version(), scenarios);
    }

    /**
     * A rule in a file named after no scenario was checked in every scenario: it is dead only when it fires
     * in none, and then it is reported once, under the first scenario.
     */
    private static List<ScenarioAnalysis> placeUnnamedDeadRules(List<ScenarioAnalysis> scenarios) {
        java.util.Set<String> deadEverywhere = null;
        for (ScenarioAnalysis s : scenarios) {
            java.util.Set<String> unnamedDead = s.deadRules().stream().filter(f -> scenarioOf(f.file()) == null)
                    .map(RuleFinding::rule).collect(Collectors.toSet());
            if (deadEverywhere == null) {
                deadEverywhere = unnamedDead;
            } else {
                deadEverywhere.retainAll(unnamedDead);
            }
        }
        List<ScenarioAnalysis> placed = new ArrayList<>();
        for (ScenarioAnalysis s : scenarios) {
            boolean first = placed.isEmpty();
            java.util.Set<String> keep = deadEverywhere;
            List<RuleFinding> dead = s.deadRules().stream()
                    .filter(f -> scenarioOf(f.file()) != null || first && keep.contains(f.rule())).toList();
            placed.add(new ScenarioAnalysis(s.scenario(), s.facts(), s.counts(), s.invariants(), dead,
                    s.shadowedPermissions(), s.unshownConditions(), s.unsafePermissions()));
        }
        return placed;
    }

    /**
     * The rules of a scenario: those in a file named after it ({@code mailbox-retention.drl}) or in its
     * folder ({@code mailboxretention/}). A rule in a file named after no scenario counts for every one.
     */
    static List<RuleInfo> rulesOf(Scenario scenario, List<RuleInfo> rules) {
        Map<Boolean, List<RuleInfo>> named = rules.stream().collect(Collectors.partitioningBy(r -> scenarioOf(r.file()) != null));
        List<RuleInfo> own = new ArrayList<>(named.get(true).stream().filter(r -> scenarioOf(r.file()) == scenario).toList());
        own.addAll(named.get(false));
        return own;
    }

    private static Scenario scenarioOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (Scenario scenario : Scenario.values()) {
            if (name.startsWith(scenario.id() + ".") || path.contains("/" + scenario.id().replace("-", "") + "/")) {
                return scenario;
            }
        }
        return null;
    }
}
