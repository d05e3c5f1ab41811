package org.workprivacy.rules.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.json.VerdictJson;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.bench.baseline.HandWrittenBaseline;
import org.workprivacy.rules.bench.cases.BenchCase;
import org.workprivacy.rules.bench.cases.BenchCases;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/**
 * One line of a batch, in process: situation JSON in, decision, verdict JSON out (what a batch run does
 * per line, without file I/O), cycling through the casebook cases of all scenarios.
 */
@State(Scope.Benchmark)
public class JsonLineBenchmark {
    private final SituationJson situationJson = new SituationJson();
    private final VerdictJson verdictJson = new VerdictJson();
    private DroolsDecisionEngine engine;
    private HandWrittenBaseline baseline;
    private String[] lines;

    @Setup
    public void setUp() {
        engine = DecisionEngines.bundled();
        baseline = new HandWrittenBaseline(engine.ruleSet());
        lines = BenchCases.bundled().all().stream().map(BenchCase::jsonLine).toArray(String[]::new);
    }

    @Benchmark
    public String rules(Cursor cursor) {
        return verdictJson.write(engine.decide(situationJson.read(cursor.next(lines)), Language.EN));
    }

    @Benchmark
    public String handWritten(Cursor cursor) {
        return verdictJson.write(baseline.decide(situationJson.read(cursor.next(lines))));
    }
}
