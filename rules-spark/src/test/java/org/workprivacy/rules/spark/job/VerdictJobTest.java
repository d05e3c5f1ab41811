package org.workprivacy.rules.spark.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.spark.VerdictSummary;

class VerdictJobTest {
    @TempDir
    Path dir;

    @Test
    void refusesACommandLineItCannotRunWith() {
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--format", "csv", "--output", "out"))
                .isInstanceOf(JobOptions.UsageException.class).hasMessageContaining("--format must be jsonl or parquet");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--format", "jsonl"))
                .isInstanceOf(JobOptions.UsageException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--format", "jsonl", "--output", "out",
                "--id-field", "facts"))
                .isInstanceOf(JobOptions.UsageException.class).hasMessageContaining("cannot be \"facts\"");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--format", "parquet", "--output", "out",
                "--lang", "fr"))
                .isInstanceOf(JobOptions.UsageException.class).hasMessageContaining("--lang must be en or nl");
        assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--input", "again"))
                .isInstanceOf(JobOptions.UsageException.class);
        assertThat(JobOptions.parse("--input", "in", "--format", "jsonl", "--output", "out", "--lang", "nl")
                .options().language()).isEqualTo(Language.NL);
    }

    @Test
    void writesJsonLinesWithOneRecordPerInputLineIdsKept() throws IOException {
        SparkSession spark = org.workprivacy.rules.spark.LocalSparkAccess.session();
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"ticket\": 7, \"scenario\": \"out-of-office\", \"facts\": {\"action\": \"search-mail\"}}",
                "",
                "{\"ticket\": \"HR-3\", \"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}}") + "\n");
        Path output = dir.resolve("out");

        VerdictJob.Result result = VerdictJob.run(spark, JobOptions.parse("--input", input.toString(), "--format",
                "jsonl", "--output", output.toString(), "--output-format", "jsonl", "--lang", "nl",
                "--id-field", "ticket"));

        List<Row> rows = spark.read().json(output.toString()).orderBy("line").collectAsList();
        assertThat(rows).extracting(row -> row.getAs("line").toString()).containsExactly("1", "2", "3");
        assertThat(rows).extracting(row -> (Object) row.getAs("id")).containsExactly("7", null, "HR-3");
        assertThat(rows.get(0).<String>getAs("outcome")).isEqualTo("DENIED");
        assertThat(rows.get(0).<Row>getAs("error")).isNull();
        assertThat(rows.get(1).<Row>getAs("error").<String>getAs("message")).startsWith("blank line");
        assertThat(rows.get(2).<Row>getAs("error").<String>getAs("field")).isEqualTo("facts.method");
        assertThat(result.summary().total()).isEqualTo(new VerdictSummary.Counts(0, 1, 2));
        assertThat(result.text()).contains("3 rows: 1 decisions (0 allowed, 1 denied), 2 errors");
    }
}
