package org.workprivacy.rules.bench.run;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.workprivacy.rules.bench.jmh.AuthoringLoopBenchmark;
import org.workprivacy.rules.bench.jmh.DecisionBenchmark;
import org.workprivacy.rules.bench.jmh.JsonLineBenchmark;
import org.workprivacy.rules.bench.jmh.PartialEvaluationBenchmark;
import org.workprivacy.rules.bench.jmh.RuleBaseBuildBenchmark;

/** The JMH runs of one benchmark session, each writing its JMH JSON next to the summary. */
final class JmhSuites {
    private static final List<String> JVM_ARGS = List.of("-Xms1g", "-Xmx1g");
    private final Settings settings;
    private final Measurements measurements;

    JmhSuites(Settings settings, Measurements measurements) {
        this.settings = settings;
        this.measurements = measurements;
    }

    /** Latency (sample mode) and throughput of single decisions, per scenario, on 1 and 2 threads. */
    void decisions(List<String> scenarios) throws RunnerException {
        for (int threads : new int[] {1, 2}) {
            for (RunResult r : run(steady(DecisionBenchmark.class, "decide-sample-" + threads + "t")
                    .param("scenario", scenarios.toArray(String[]::new))
                    .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS).threads(threads))) {
                var stats = r.getPrimaryResult().getStatistics();
                measurements.latencies.add(new Measurements.Latency(r.getParams().getParam("scenario"), method(r), threads,
                        stats.getPercentile(50), stats.getPercentile(99), stats.getMean()));
            }
            ChainedOptionsBuilder throughput = steady(DecisionBenchmark.class, "decide-thrpt-" + threads + "t")
                    .param("scenario", scenarios.toArray(String[]::new))
                    .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(threads);
            if (threads == 1) {
                throughput.addProfiler(GCProfiler.class);
            }
            for (RunResult r : run(throughput)) {
                measurements.throughputs.add(new Measurements.Throughput("decision", r.getParams().getParam("scenario"),
                        method(r), threads, r.getPrimaryResult().getScore(), allocation(r)));
            }
        }
    }

    /** Latency of decisions with 0-3 facts left open, enumerating every time and remembering (one thread). */
    void partialEvaluation() throws RunnerException {
        for (RunResult r : run(steady(PartialEvaluationBenchmark.class, "partial-sample-1t")
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS).threads(1))) {
            var stats = r.getPrimaryResult().getStatistics();
            measurements.partials.add(new Measurements.Partial(Integer.parseInt(r.getParams().getParam("open")),
                    Boolean.parseBoolean(r.getParams().getParam("remembered")),
                    stats.getPercentile(50), stats.getPercentile(99), stats.getMean()));
        }
    }

    /** One line of a batch (JSON in, decision, JSON out) in process, on 1 and 2 threads. */
    void jsonLines() throws RunnerException {
        for (int threads : new int[] {1, 2}) {
            for (RunResult r : run(steady(JsonLineBenchmark.class, "json-line-thrpt-" + threads + "t")
                    .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).threads(threads))) {
                measurements.throughputs.add(new Measurements.Throughput("json line", "all", method(r), threads,
                        r.getPrimaryResult().getScore(), Double.NaN));
            }
        }
    }

    /** Rule-base build from a cold JVM: one shot per fresh fork, no warm-up. */
    void builds() throws RunnerException {
        int forks = settings.quick() ? 2 : 6;
        for (RunResult r : run(base(RuleBaseBuildBenchmark.class, "build-single-shot")
                .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS)
                .forks(forks).warmupIterations(0).measurementIterations(1))) {
            var stats = r.getPrimaryResult().getStatistics();
            measurements.builds.add(new Measurements.Build(method(r), stats.getMean(), stats.getMin(), stats.getMax(), stats.getN()));
        }
    }

    /** The authoring loop in a warm JVM: one edit per shot, after warm-up shots (see AuthoringLoopBenchmark). */
    void authoring() throws RunnerException {
        for (RunResult r : run(base(AuthoringLoopBenchmark.class, "authoring-single-shot")
                .mode(Mode.SingleShotTime).timeUnit(TimeUnit.MILLISECONDS).forks(1)
                .warmupIterations(settings.quick() ? 3 : 8).measurementIterations(settings.quick() ? 5 : 15))) {
            var stats = r.getPrimaryResult().getStatistics();
            measurements.authoring.add(new Measurements.Authoring(method(r), stats.getMean(), stats.getPercentile(50),
                    stats.getMin(), stats.getMax(), stats.getN()));
        }
    }

    private ChainedOptionsBuilder steady(Class<?> benchmark, String name) {
        return base(benchmark, name).forks(1)
                .warmupIterations(settings.quick() ? 1 : 4).warmupTime(TimeValue.seconds(1))
                .measurementIterations(settings.quick() ? 2 : 5).measurementTime(TimeValue.seconds(settings.quick() ? 1 : 2));
    }

    private ChainedOptionsBuilder base(Class<?> benchmark, String name) {
        Path json = settings.out().resolve("jmh-" + name + ".json");
        return new OptionsBuilder().include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .jvmArgsAppend(JVM_ARGS.toArray(String[]::new))
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON).result(json.toString());
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static String method(RunResult r) {
        String benchmark = r.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static double allocation(RunResult r) {
        Map<String, Result> secondary = r.getSecondaryResults();
        Result norm = secondary.get("gc.alloc.rate.norm");
        return norm == null ? Double.NaN : norm.getScore();
    }
}
