package org.workprivacy.rules.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.bench.cases.BenchCase;
import org.workprivacy.rules.bench.cases.BenchCases;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/**
 * What leaving facts open costs: decisions on the casebook situations as written ({@code open} = 0; a case states
 * the facts that matter to it, so some facts are already open) and with 1, 2 or 3 more of their stated facts taken
 * out at random (fixed seed), with the engine's memory of verdicts off ({@code remembered} = false: every decision enumerates its completions) or on (the default
 * engine; the situations repeat, as they do in practice). Compare with {@code open} = 0 of the same run.
 */
@State(Scope.Benchmark)
public class PartialEvaluationBenchmark {
    @Param({"0", "1", "2", "3"})
    public int open;

    @Param({"false", "true"})
    public boolean remembered;

    private DroolsDecisionEngine engine;
    private Situation[] situations;

    @Setup
    public void setUp() {
        RuleSet ruleSet = DecisionEngines.bundled().ruleSet();
        System.setProperty("workprivacy.rememberedVerdicts", remembered ? "16384" : "0");
        try {
            engine = DecisionEngines.of(ruleSet);
        } finally {
            System.clearProperty("workprivacy.rememberedVerdicts");
        }
        Random random = new Random(20261126L);
        List<Situation> chosen = new ArrayList<>();
        for (BenchCase benchCase : BenchCases.bundled().all()) {
            FactSpace space = FactSpace.of(benchCase.situation().scenario());
            Object[] values = space.values(benchCase.situation());
            long stated = java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).count();
            if (stated < open + 1) {
                continue; // keep at least one stated fact
            }
            for (int taken = 0; taken < open; ) {
                int index = random.nextInt(values.length);
                if (values[index] != null) {
                    values[index] = null;
                    taken++;
                }
            }
            try {
                chosen.add(space.situation(values));
            } catch (InvalidSituationException e) {
                throw new IllegalStateException("a casebook situation with facts left out cannot be contradictory", e);
            }
        }
        situations = chosen.toArray(Situation[]::new);
    }

    @Benchmark
    public Verdict decide(Cursor cursor) {
        return engine.decide(cursor.next(situations), Language.EN);
    }
}
