package org.workprivacy.rules.bench.jmh;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.bench.baseline.HandWrittenBaseline;
import org.workprivacy.rules.bench.cases.Agreement;
import org.workprivacy.rules.bench.cases.BenchCase;
import org.workprivacy.rules.bench.cases.BenchCases;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/**
 * One decision on the bundled rules ({@code rules}: the engine running its rules every time, remembering no
 * verdict), the same decision by the engine as shipped, which remembers the verdicts it gave
 * ({@code rulesRemembered}: the casebook situations repeat, so after the first round this is a lookup), and by
 * the hand-written baseline ({@code handWritten}), cycling through the casebook cases of one scenario (or of
 * all). Setup checks that they agree on every case before anything is measured. Mode and threads are set by
 * the runner.
 */
@State(Scope.Benchmark)
public class DecisionBenchmark {
    /** Overridden by the runner with every scenario that has a casebook, plus {@code all}. */
    @Param({BenchCases.ALL})
    public String scenario;

    private DroolsDecisionEngine engine;
    private DroolsDecisionEngine remembering;
    private HandWrittenBaseline baseline;
    private Situation[] situations;

    @Setup
    public void setUp() {
        remembering = DecisionEngines.bundled();
        System.setProperty("workprivacy.rememberedVerdicts", "0");
        try {
            engine = DecisionEngines.of(remembering.ruleSet());
        } finally {
            System.clearProperty("workprivacy.rememberedVerdicts");
        }
        baseline = new HandWrittenBaseline(engine.ruleSet());
        List<BenchCase> cases = BenchCases.bundled().of(scenario);
        Agreement.require(engine, baseline, cases);
        situations = cases.stream().map(BenchCase::situation).toArray(Situation[]::new);
    }

    @Benchmark
    public Verdict rules(Cursor cursor) {
        return engine.decide(cursor.next(situations), Language.EN);
    }

    @Benchmark
    public Verdict rulesRemembered(Cursor cursor) {
        return remembering.decide(cursor.next(situations), Language.EN);
    }

    @Benchmark
    public Verdict handWritten(Cursor cursor) {
        return baseline.decide(cursor.next(situations));
    }
}
