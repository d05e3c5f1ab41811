package org.workprivacy.rules.bench.run;

import java.util.ArrayList;
import java.util.List;

/** Everything one benchmark run measured, as the report needs it. */
final class Measurements {
    /** Decision latency from JMH sample mode, in microseconds. */
    record Latency(String scenario, String impl, int threads, double p50, double p99, double mean) {
    }

    /** Operations per second summed over all threads; bytes allocated per operation when profiled (else NaN). */
    record Throughput(String what, String scenario, String impl, int threads, double opsPerSecond, double bytesPerOp) {
    }

    /** A single-shot timing over several fresh JVMs, in milliseconds. */
    record Build(String what, double meanMs, double minMs, double maxMs, long forks) {
    }

    /** Wall-clock seconds of whole command-line processes. */
    record Cold(String label, String command, double meanS, double medianS, double minS, double maxS, int runs) {
    }

    /** Decisions with {@code open} facts left out, with partial verdicts remembered or not (µs per decision). */
    record Partial(int open, boolean remembered, double p50, double p99, double mean) {
    }

    /** One edit in a warm JVM and what follows it (JMH single-shot after warm-up shots), in milliseconds. */
    record Authoring(String what, double meanMs, double p50Ms, double minMs, double maxMs, long shots) {
    }

    final List<Authoring> authoring = new ArrayList<>();
    final List<Latency> latencies = new ArrayList<>();
    final List<Partial> partials = new ArrayList<>();
    final List<Throughput> throughputs = new ArrayList<>();
    final List<Build> builds = new ArrayList<>();
    final List<Cold> colds = new ArrayList<>();
    final List<String> notMeasured = new ArrayList<>();
}
