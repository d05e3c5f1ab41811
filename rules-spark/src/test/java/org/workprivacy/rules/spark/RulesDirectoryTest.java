package org.workprivacy.rules.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.spark.job.JobOptions;
import org.workprivacy.rules.spark.job.VerdictJob;

/** A rules directory: checked on the driver before any task, shipped as bytes, built once per JVM. */
class RulesDirectoryTest {
    private static final String SITUATION = "{\"scenario\": \"out-of-office\", \"facts\": {\"action\": \"enable-auto-reply\","
            + " \"workRelatedReason\": true, \"employeeContact\": \"unreachable\", \"method\": \"server-side-admin\","
            + " \"mailOpened\": false, \"replySpecialCategoryData\": false}}";

    @TempDir
    Path dir;

    private static SparkSession spark() {
        return LocalSpark.session();
    }

    /** Counts the jobs and tasks Spark starts from now on. */
    private static final class Started extends SparkListener {
        final AtomicInteger jobs = new AtomicInteger();
        final AtomicInteger tasks = new AtomicInteger();

        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
        }

        @Override
        public void onTaskStart(SparkListenerTaskStart taskStart) {
            tasks.incrementAndGet();
        }
    }

    private Path brokenRules() throws IOException {
        Path rules = dir.resolve("broken-rules");
        Files.createDirectories(rules.resolve("org/example"));
        Files.writeString(rules.resolve("org/example/broken.drl"),
                "package org.example;\n\nrule \"half a rule\"\nwhen\n    this is not a pattern\nthen\nend\n");
        return rules;
    }

    @Test
    void aBrokenRulesDirectoryFailsOnTheDriverBeforeAnyTaskRuns() throws Exception {
        Path rules = brokenRules();
        Path input = dir.resolve("one.jsonl");
        Files.writeString(input, SITUATION + "\n");
        Path output = dir.resolve("out");
        Started started = new Started();
        spark().sparkContext().addSparkListener(started);
        try {
            assertThatThrownBy(() -> Verdicts.decideJsonLines(lines(SITUATION), RulesSource.directory(rules),
                    Options.defaults()))
                    .isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("broken.drl:");
            assertThatThrownBy(() -> VerdictJob.run(spark(), JobOptions.parse("--input", input.toString(),
                    "--format", "jsonl", "--output", output.toString(), "--rules", rules.toString())))
                    .isInstanceOf(RuleSetException.class)
                    .hasMessageContaining("broken.drl:");
            spark().sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark().sparkContext().removeSparkListener(started);
        }
        assertThat(started.jobs.get()).as("jobs started").isZero();
        assertThat(started.tasks.get()).as("tasks started").isZero();
        assertThat(output).doesNotExist();
    }

    @Test
    void aRulesDirectoryIsShippedAsBytesAndBuiltOncePerJvmForAllItsTasks() throws Exception {
        Path rules = bundledRulesCopy();
        int buildsBefore = ExecutorEngines.builds();
        Dataset<Row> many = lines(java.util.Collections.nCopies(40, SITUATION).toArray(String[]::new)).repartition(4);

        List<Row> fromDirectory = Verdicts.decideJsonLines(many, RulesSource.directory(rules), Options.defaults())
                .collectAsList();
        List<Row> again = Verdicts.decideJsonLines(many, RulesSource.directory(rules), Options.defaults())
                .collectAsList();
        int built = ExecutorEngines.builds() - buildsBefore;
        List<Row> bundled = Verdicts.decideJsonLines(lines(SITUATION), RulesSource.bundled(), Options.defaults())
                .collectAsList();

        assertThat(built).as("rule sets built for two runs of four partitions").isEqualTo(1);
        assertThat(fromDirectory).hasSize(40).hasSameSizeAs(again);
        BatchReference.Result expected = BatchReference.Result.of(bundled.get(0));
        assertThat(expected.outcome()).isNotNull();
        assertThat(fromDirectory).allSatisfy(row -> assertThat(BatchReference.Result.of(row)).isEqualTo(expected));
    }

    private static Dataset<Row> lines(String... lines) {
        return spark().createDataset(List.of(lines), Encoders.STRING()).toDF("value");
    }

    /**
     * The bundled rule files of the out-of-office scenario (the one the test decides) and the shared ones,
     * copied out of the class path into a directory: a fifth of the rules, so compiling them is quick.
     */
    private Path bundledRulesCopy() throws IOException, URISyntaxException {
        URL anchor = getClass().getClassLoader().getResource("rules/messages_en.properties");
        assertThat(anchor).isNotNull();
        Path target = dir.resolve("rules");
        URI uri = anchor.toURI();
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copy(jar.getPath("/rules"), target);
            }
        } else {
            copy(Path.of(uri).getParent(), target);
        }
        return target;
    }

    private static boolean outOfOfficeOrShared(Path file) {
        String path = file.toString().replace('\\', '/');
        return !path.contains("/rules/org/workprivacy/rules/") || path.contains("/outofoffice/")
                || file.getFileName().toString().equals("verdict.dsl");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(RulesDirectoryTest::outOfOfficeOrShared)
                    .toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }
}
