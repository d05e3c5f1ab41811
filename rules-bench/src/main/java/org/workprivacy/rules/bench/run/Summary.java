package org.workprivacy.rules.bench.run;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The report of one run as Markdown: the tables, and each target met or the distance to it. */
final class Summary {
    // The targets of issue 15 ("Performance II").
    static final double P50_LIMIT_US = 1.0;
    static final double P50_RATIO_LIMIT = 10.0;
    static final double TWO_THREAD_DECISIONS = 1_000_000;
    static final double COLD_DECIDE_LIMIT_S = 0.5;
    static final double TEST_AGAIN_LIMIT_MS = 300;
    static final double RELOAD_LIMIT_MS = 200;
    static final double BATCH_LINES = 300_000;
    static final String RULES = "rules";
    static final String BASELINE = "handWritten";
    static final String REMEMBERED = "rulesRemembered";

    private final Measurements m;
    private final StringBuilder out = new StringBuilder();

    Summary(Measurements measurements) {
        this.m = measurements;
    }

    String render(String header) {
        out.append(header).append('\n');
        latency();
        partials();
        throughput();
        builds();
        authoring();
        cold();
        targets();
        if (!m.notMeasured.isEmpty()) {
            out.append("\n## Not measured\n\n");
            m.notMeasured.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    private void latency() {
        if (m.latencies.isEmpty()) {
            return;
        }
        out.append("\n## Decision latency (JMH sample mode, µs per decision)\n\n")
                .append("| scenario | threads | rules p50 | rules p99 | hand-written p50 | hand-written p99 | p50 ratio |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Measurements.Latency rules : only(m.latencies, l -> l.impl().equals(RULES) || l.impl().equals(REMEMBERED))) {
            Optional<Measurements.Latency> base = m.latencies.stream().filter(l -> l.impl().equals(BASELINE)
                    && l.scenario().equals(rules.scenario()) && l.threads() == rules.threads()).findFirst();
            String label = rules.impl().equals(REMEMBERED) ? rules.scenario() + " (verdicts remembered)" : rules.scenario();
            out.append(row(label, rules.threads(), us(rules.p50()), us(rules.p99()),
                    base.map(b -> us(b.p50())).orElse("-"), base.map(b -> us(b.p99())).orElse("-"),
                    base.map(b -> ratio(rules.p50() / b.p50())).orElse("-")));
        }
    }

    private void partials() {
        if (m.partials.isEmpty()) {
            return;
        }
        out.append("\n## Facts left open (JMH sample mode, 1 thread, µs per decision; the casebook situations as written,"
                        + " then with 1-3 more facts taken out)\n\n")
                .append("| facts taken out | remembered | p50 | p99 | mean | p50 / as written (same mode) |\n|---:|---|---:|---:|---:|---:|\n");
        for (Measurements.Partial p : m.partials) {
            Optional<Measurements.Partial> stated = m.partials.stream()
                    .filter(q -> q.open() == 0 && q.remembered() == p.remembered()).findFirst();
            out.append("| ").append(p.open()).append(" | ").append(p.remembered() ? "yes" : "no").append(" | ")
                    .append(us(p.p50())).append(" | ").append(us(p.p99())).append(" | ").append(us(p.mean())).append(" | ")
                    .append(stated.map(q -> ratio(p.p50() / q.p50())).orElse("-")).append(" |\n");
        }
    }

    private void throughput() {
        if (m.throughputs.isEmpty()) {
            return;
        }
        out.append("\n## Throughput (JMH throughput mode, operations per second summed over threads)\n\n")
                .append("| what | scenario | threads | rules ops/s | hand-written ops/s | hand-written / rules | rules B/op | hand-written B/op |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Measurements.Throughput rules : only(m.throughputs, t -> t.impl().equals(RULES) || t.impl().equals(REMEMBERED))) {
            Optional<Measurements.Throughput> base = m.throughputs.stream().filter(t -> t.impl().equals(BASELINE)
                    && t.what().equals(rules.what()) && t.scenario().equals(rules.scenario())
                    && t.threads() == rules.threads()).findFirst();
            String what = rules.impl().equals(REMEMBERED) ? rules.what() + " (verdicts remembered)" : rules.what();
            out.append(row(what, rules.scenario(), rules.threads(), count(rules.opsPerSecond()),
                    base.map(b -> count(b.opsPerSecond())).orElse("-"),
                    base.map(b -> ratio(b.opsPerSecond() / rules.opsPerSecond())).orElse("-"),
                    bytes(rules.bytesPerOp()), base.map(b -> bytes(b.bytesPerOp())).orElse("-")));
        }
    }

    private void builds() {
        if (m.builds.isEmpty()) {
            return;
        }
        out.append("\n## Rule-base build in a fresh JVM (JMH single-shot, one shot per fork, ms)\n\n")
                .append("| what | mean | min | max | forks |\n|---|---:|---:|---:|---:|\n");
        m.builds.forEach(b -> out.append(row(b.what(), ms(b.meanMs()), ms(b.minMs()), ms(b.maxMs()), b.forks())));
    }

    private void authoring() {
        if (m.authoring.isEmpty()) {
            return;
        }
        out.append("\n## Authoring loop in a warm JVM (JMH single-shot after warm-up shots; one edited rule file per shot, ms)\n\n")
                .append("| what | mean | p50 | min | max | shots |\n|---|---:|---:|---:|---:|---:|\n");
        m.authoring.forEach(a -> out.append(row(a.what(), ms(a.meanMs()), ms(a.p50Ms()), ms(a.minMs()), ms(a.maxMs()), a.shots())));
    }

    private void cold() {
        if (m.colds.isEmpty()) {
            return;
        }
        out.append("\n## Command line from a cold JVM (wall clock per process, s)\n\n")
                .append("| what | median | mean | min | max | runs | command |\n|---|---:|---:|---:|---:|---:|---|\n");
        m.colds.forEach(c -> out.append(row(c.label(), s(c.medianS()), s(c.meanS()), s(c.minS()), s(c.maxS()), c.runs(),
                "`" + c.command() + "`")));
    }

    private void targets() {
        out.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        List<Measurements.Latency> rules1 = only(m.latencies, l -> l.impl().equals(RULES) && l.threads() == 1);
        if (!rules1.isEmpty()) {
            Measurements.Latency worst = rules1.stream().max((a, b) -> Double.compare(a.p50(), b.p50())).orElseThrow();
            out.append(row("decision p50 ≤ " + P50_LIMIT_US + " µs (1 thread, every scenario)",
                    "worst " + worst.scenario() + " " + us(worst.p50()) + " µs", met(worst.p50() <= P50_LIMIT_US)));
            double worstRatio = Double.NaN;
            String worstScenario = "-";
            for (Measurements.Latency r : rules1) {
                Optional<Measurements.Latency> base = m.latencies.stream().filter(l -> l.impl().equals(BASELINE)
                        && l.threads() == 1 && l.scenario().equals(r.scenario())).findFirst();
                if (base.isPresent() && !(r.p50() / base.get().p50() <= worstRatio)) {
                    worstRatio = r.p50() / base.get().p50();
                    worstScenario = r.scenario();
                }
            }
            out.append(row("decision p50 ≤ " + (int) P50_RATIO_LIMIT + "× hand-written (1 thread, every scenario)",
                    "worst " + worstScenario + " " + ratio(worstRatio), met(worstRatio <= P50_RATIO_LIMIT)));
        }
        List<Measurements.Throughput> two = only(m.throughputs, t -> t.what().equals("decision")
                && t.impl().equals(RULES) && t.threads() == 2);
        if (!two.isEmpty()) {
            Measurements.Throughput worst = two.stream().min((a, b) -> Double.compare(a.opsPerSecond(), b.opsPerSecond())).orElseThrow();
            out.append(row("≥ " + count(TWO_THREAD_DECISIONS) + " decisions/s on 2 threads (every scenario)",
                    "worst " + worst.scenario() + " " + count(worst.opsPerSecond()) + "/s",
                    met(worst.opsPerSecond() >= TWO_THREAD_DECISIONS)));
        }
        m.authoring.stream().filter(a -> a.what().equals("testAgain")).findFirst().ifPresent(a ->
                out.append(row("`test --watch`: changed rule file rebuilt and its casebooks rerun ≤ " + ms(TEST_AGAIN_LIMIT_MS)
                        + " ms", "p50 " + ms(a.p50Ms()) + " ms, mean " + ms(a.meanMs()) + " ms" + m.authoring.stream()
                                .filter(b -> b.what().equals("testFromScratch")).findFirst()
                                .map(b -> " (" + ratio(b.p50Ms() / a.p50Ms()) + " quicker than testFromScratch, p50 " + ms(b.p50Ms())
                                        + " ms)").orElse(""), met(a.p50Ms() <= TEST_AGAIN_LIMIT_MS))));
        m.authoring.stream().filter(a -> a.what().equals("serveReload")).findFirst().ifPresent(a ->
                out.append(row("`serve` reload of a rule directory ≤ " + ms(RELOAD_LIMIT_MS) + " ms warm",
                        "p50 " + ms(a.p50Ms()) + " ms, mean " + ms(a.meanMs()) + " ms", met(a.p50Ms() <= RELOAD_LIMIT_MS))));
        m.colds.stream().filter(c -> c.label().startsWith("./workprivacy")).findFirst().ifPresent(c ->
                out.append(row("cold `decide` ≤ " + COLD_DECIDE_LIMIT_S + " s wall clock", "median " + s(c.medianS())
                        + " s (" + c.label() + ")", met(c.medianS() <= COLD_DECIDE_LIMIT_S))));
        Optional<Measurements.Throughput> lines = m.throughputs.stream().filter(t -> t.what().equals("json line")
                && t.impl().equals(RULES) && t.threads() == 2).findFirst();
        out.append(row("batch ≥ 300,000 lines/s end to end", "`workprivacy batch`: see batch.md (timed by run.sh)"
                + lines.map(l -> "; in process, JSON line → verdict JSON on 2 threads: " + count(l.opsPerSecond()) + "/s")
                        .orElse(""), "see batch.md"));
    }

    private static <T> List<T> only(List<T> items, Predicate<T> which) {
        return items.stream().filter(which).toList();
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return row.append('\n').toString();
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String us(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String s(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f×", value);
    }

    private static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String bytes(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }
}
