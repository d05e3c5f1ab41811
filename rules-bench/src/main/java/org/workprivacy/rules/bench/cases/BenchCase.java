package org.workprivacy.rules.bench.cases;

import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.drools.casebook.Expectation;

/**
 * One casebook case as the benchmarks use it: its situation, the same situation as one line of JSON
 * ({@code {"scenario": ..., "facts": {...}}}), and what legal staff expect.
 */
public record BenchCase(String scenario, String name, Situation situation, String jsonLine, Expectation expect) {
}
