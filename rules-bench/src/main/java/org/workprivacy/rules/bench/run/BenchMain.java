package org.workprivacy.rules.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.bench.baseline.HandWrittenBaseline;
import org.workprivacy.rules.bench.cases.BenchCases;

/**
 * Runs every benchmark of the project in one go and writes {@code summary.md} (plus JMH's JSON) to the
 * output directory: decisions per scenario against the hand-written baseline, JSON lines, rule-base
 * builds and the command line's cold start. See docs/benchmarks.md.
 */
public final class BenchMain {
    private static final String EXAMPLE = "rules-examples/examples/out-of-office/server-side-auto-reply.json";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Files.createDirectories(settings.out());
        String loadBefore = loadAverage();
        Measurements measurements = new Measurements();
        JmhSuites suites = new JmhSuites(settings, measurements);

        List<String> scenarios = new ArrayList<>(BenchCases.bundled().scenarios());
        // Fail before minutes of measuring, not after: every scenario with cases needs a hand-written baseline.
        scenarios.forEach(id -> HandWrittenBaseline.requireImplemented(Scenario.byId(id).orElseThrow()));
        scenarios.add(BenchCases.ALL);

        if (settings.runs("decide")) {
            suites.decisions(scenarios);
        }
        if (settings.runs("partial")) {
            suites.partialEvaluation();
        }
        if (settings.runs("json")) {
            suites.jsonLines();
        }
        if (settings.runs("build")) {
            suites.builds();
        }
        if (settings.runs("authoring")) {
            suites.authoring();
        }
        if (settings.runs("cold")) {
            cold(settings, measurements);
        }
        measurements.notMeasured.add("`workprivacy batch` (million-line file) is timed by run.sh after this runner, "
                + "as a whole process: see batch.md next to this summary.");

        String header = "# Benchmark results\n\n"
                + "- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpuModel() + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n"
                + "- load average before / after: " + loadBefore + " / " + loadAverage() + "\n"
                + "- command: `java -jar rules-bench/target/benchmarks.jar " + String.join(" ", args) + "`"
                + (settings.quick() ? " (quick: short runs, not for the record)" : "") + "\n";
        String summary = new Summary(measurements).render(header);
        Path file = settings.out().resolve("summary.md");
        Files.writeString(file, summary);
        System.out.println();
        System.out.println(summary);
        System.out.println("written to " + file);
    }

    private static void cold(Settings settings, Measurements measurements) throws IOException, InterruptedException {
        Path repo = settings.repo();
        Path jar = repo.resolve("rules-cli/target/workprivacy.jar");
        if (!Files.isRegularFile(jar)) {
            measurements.notMeasured.add("cold start: " + jar + " is not built");
            return;
        }
        measurements.colds.add(ColdStart.measure("./workprivacy decide (launcher)", repo,
                List.of("./workprivacy", "decide", EXAMPLE), settings.coldRuns()));
        measurements.colds.add(ColdStart.measure("java -jar, JVM defaults", repo,
                List.of("java", "-jar", "rules-cli/target/workprivacy.jar", "decide", EXAMPLE), settings.coldRuns()));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown model");
        } catch (IOException | RuntimeException e) {
            return "unknown model";
        }
    }
}
