package org.workprivacy.rules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.batch.SituationGenerator;
import org.workprivacy.rules.spark.job.JobOptions;
import org.workprivacy.rules.spark.job.VerdictJob;

/**
 * Spark's verdicts against {@code workprivacy batch}'s on the same generated lines (the batch engine run
 * in-process): every row's outcome, reason codes, conditions and missing facts, or its error, is the one
 * the batch gives for that line.
 */
class VerdictsTest {
    private static final int LINES = 100_000;
    private static final int BAD_EVERY = 997;
    /** The typed rows take every 10th line: the reading differs, the deciding is the same (and costs the time). */
    private static final int TYPED_EVERY = 10;

    @TempDir
    static Path dir;
    private static Path input;
    private static List<String> lines;
    private static List<BatchReference.Result> batch;

    @BeforeAll
    static void generateAndRunTheBatch() throws IOException {
        SituationGenerator generator = new SituationGenerator(19, BAD_EVERY);
        lines = new ArrayList<>(LINES);
        StringBuilder text = new StringBuilder(LINES * 256);
        for (int n = 1; n <= LINES; n++) {
            String line = generator.line(n);
            lines.add(line);
            text.append(line).append('\n');
        }
        input = dir.resolve("situations.jsonl");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        batch = BatchReference.run(text.toString(), "id");
        assertThat(batch).hasSize(LINES);
    }

    private static SparkSession spark() {
        return LocalSpark.session();
    }

    @Test
    void everyLineOfAJsonLinesFileGetsTheVerdictOrErrorTheBatchGivesNoneLostNoneDuplicated() {
        assertThat(spark().read().text(input.toString()).javaRDD().getNumPartitions())
                .as("the file is split between tasks, so line numbering crosses splits").isGreaterThan(1);
        Path output = dir.resolve("verdicts-from-jsonl");

        VerdictJob.Result run = VerdictJob.run(spark(), JobOptions.parse("--input", input.toString(),
                "--format", "jsonl", "--output", output.toString(), "--id-field", "id"));

        List<Row> rows = spark().read().parquet(output.toString()).collectAsList();
        assertThat(rows).hasSize(LINES);
        Map<Long, BatchReference.Result> byLine = new HashMap<>();
        for (Row row : rows) {
            assertThat(byLine.put(row.getAs(JsonLinesFiles.LINE), BatchReference.Result.of(row)))
                    .as("line %s once", (Object) row.getAs(JsonLinesFiles.LINE)).isNull();
        }
        List<String> differences = new ArrayList<>();
        for (int n = 1; n <= LINES; n++) {
            if (!batch.get(n - 1).equals(byLine.get((long) n))) {
                differences.add("line " + n + ": batch " + batch.get(n - 1) + ", spark " + byLine.get((long) n));
            }
        }
        assertThat(differences).isEmpty();
        assertThat(run.summary()).isEqualTo(summaryOf(batch));
        assertThat(run.summary().total().errors()).isEqualTo(LINES / BAD_EVERY);
    }

    @Test
    void typedRowsOfTheGoodLinesGetTheBatchsVerdicts() {
        List<String> good = new ArrayList<>();
        Map<String, BatchReference.Result> expected = new HashMap<>();
        for (int n = 1; n <= LINES; n += TYPED_EVERY) {
            BatchReference.Result result = batch.get(n - 1);
            if (result.outcome() != null) {
                good.add(lines.get(n - 1));
                expected.put(result.id(), result);
            }
        }
        StructType schema = SituationColumns.schema().add("id", DataTypes.StringType);
        Dataset<Row> typed = spark().read().schema(schema).option("mode", "FAILFAST")
                .json(spark().createDataset(good, Encoders.STRING()));

        List<Row> rows = Verdicts.decide(typed, RulesSource.bundled(), Options.defaults()).collectAsList();

        assertThat(rows).hasSize(good.size());
        Map<String, BatchReference.Result> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.getAs("id"), BatchReference.Result.of(row)));
        assertThat(byId).isEqualTo(expected);
    }

    @Test
    void typedRowsThatAreNotSituationsGetTheBatchsErrorsAndNoVerdict() throws IOException {
        StructType facts = new StructType()
                .add("action", DataTypes.StringType).add("workRelatedReason", DataTypes.BooleanType)
                .add("employeeContact", DataTypes.StringType).add("method", DataTypes.StringType)
                .add("serverSideAutoReplyPossible", DataTypes.BooleanType)
                .add("mailOpened", DataTypes.StringType) // a boolean fact in a string column
                .add("colour", DataTypes.BooleanType); // no scenario has this fact
        StructType schema = new StructType().add("id", DataTypes.StringType).add("scenario", DataTypes.StringType)
                .add("facts", facts);
        List<Row> rows = List.of(
                row("t1", "coffee-break", facts()),
                row("t2", "out-of-office", facts("colour", true)),
                row("t3", "out-of-office", facts("mailOpened", "no")),
                row("t4", "out-of-office", facts("method", "reset")),
                row("t5", null, facts()),
                row("t6", "out-of-office", null),
                row("t7", "out-of-office", facts("action", "enable-auto-reply", "method", "server-side-admin",
                        "serverSideAutoReplyPossible", false)),
                row("t8", "out-of-office", facts("method", "password-reset ")),
                row("t9", "out-of-office", facts("action", "enable-auto-reply", "workRelatedReason", true,
                        "employeeContact", "unreachable", "method", "server-side-admin")));
        String json = String.join("\n",
                "{\"id\": \"t1\", \"scenario\": \"coffee-break\", \"facts\": {}}",
                "{\"id\": \"t2\", \"scenario\": \"out-of-office\", \"facts\": {\"colour\": true}}",
                "{\"id\": \"t3\", \"scenario\": \"out-of-office\", \"facts\": {\"mailOpened\": \"no\"}}",
                "{\"id\": \"t4\", \"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}}",
                "{\"id\": \"t5\", \"facts\": {}}",
                "{\"id\": \"t6\", \"scenario\": \"out-of-office\"}",
                "{\"id\": \"t7\", \"scenario\": \"out-of-office\", \"facts\": {\"action\": \"enable-auto-reply\","
                        + " \"method\": \"server-side-admin\", \"serverSideAutoReplyPossible\": false}}",
                "{\"id\": \"t8\", \"scenario\": \"out-of-office\", \"facts\": {\"method\": \"password-reset \"}}",
                "{\"id\": \"t9\", \"scenario\": \"out-of-office\", \"facts\": {\"action\": \"enable-auto-reply\","
                        + " \"workRelatedReason\": true, \"employeeContact\": \"unreachable\","
                        + " \"method\": \"server-side-admin\"}}") + "\n";
        List<BatchReference.Result> expected = BatchReference.run(json, "id");

        List<BatchReference.Result> actual = Verdicts.decide(spark().createDataFrame(rows, schema).coalesce(1),
                RulesSource.bundled(), Options.defaults()).collectAsList().stream()
                .map(BatchReference.Result::of).toList();

        // The batch knows no scenario for a line it cannot read; the typed row keeps its scenario column.
        List<BatchReference.Result> comparable = new ArrayList<>();
        for (BatchReference.Result result : actual) {
            comparable.add(result.outcome() == null ? new BatchReference.Result(result.id(), null, null, null, null,
                    null, result.errorField(), result.errorMessage()) : result);
        }
        assertThat(comparable).isEqualTo(expected);
        assertThat(expected.subList(0, 8)).allSatisfy(result -> assertThat(result.errorMessage()).isNotNull());
        assertThat(expected.get(8).outcome()).isNotNull();
    }

    private static Row row(String id, String scenario, Row facts) {
        return RowFactory.create(id, scenario, facts);
    }

    /** A facts struct of the test's schema with the named facts set, the others null. */
    private static Row facts(Object... namesAndValues) {
        List<String> names = List.of("action", "workRelatedReason", "employeeContact", "method",
                "serverSideAutoReplyPossible", "mailOpened", "colour");
        Object[] values = new Object[names.size()];
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values[names.indexOf((String) namesAndValues[i])] = namesAndValues[i + 1];
        }
        return RowFactory.create(values);
    }

    private static VerdictSummary summaryOf(List<BatchReference.Result> results) {
        Map<String, VerdictSummary.Counts> counts = new TreeMap<>();
        for (BatchReference.Result result : results) {
            String scenario = result.scenario() == null ? VerdictSummary.NO_SCENARIO : result.scenario();
            VerdictSummary.Counts one = result.outcome() == null ? new VerdictSummary.Counts(0, 0, 1)
                    : result.outcome().equals("ALLOWED") ? new VerdictSummary.Counts(1, 0, 0)
                    : new VerdictSummary.Counts(0, 1, 0);
            counts.merge(scenario, one, (a, b) -> new VerdictSummary.Counts(a.allowed() + b.allowed(),
                    a.denied() + b.denied(), a.errors() + b.errors()));
        }
        return new VerdictSummary(counts);
    }
}
