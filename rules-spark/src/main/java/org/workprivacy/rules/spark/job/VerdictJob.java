package org.workprivacy.rules.spark.job;

import java.time.Duration;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.spark.JsonLinesFiles;
import org.workprivacy.rules.spark.VerdictColumns;
import org.workprivacy.rules.spark.VerdictSummary;
import org.workprivacy.rules.spark.Verdicts;

/**
 * The {@code spark-submit} job: reads situations (JSON Lines or Parquet), decides them, writes the verdicts
 * (Parquet or JSON Lines) and prints a summary on the driver. Exit codes as {@code workprivacy batch}:
 * 2 usage, 4 the rules do not compile (nothing is read or written). See docs/spark.md.
 */
public final class VerdictJob {
    static final int USAGE = 2;
    static final int BROKEN_RULES = 4;

    private VerdictJob() {
    }

    /** What a run did: the counts, read back from the written output, and how long it took. */
    public record Result(VerdictSummary summary, Duration elapsed) {
        public String text() {
            VerdictSummary.Counts total = summary.total();
            double seconds = elapsed.toNanos() / 1e9;
            return String.format(Locale.ROOT, "summary: %d rows: %d decisions (%d allowed, %d denied), %d errors;"
                            + " %.1f s, %d rows/s%n%s", total.rows(), total.allowed() + total.denied(), total.allowed(),
                    total.denied(), total.errors(), seconds, Math.round(total.rows() / Math.max(seconds, 1e-9)),
                    summary.text());
        }
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            System.err.println("workprivacy spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(USAGE);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("workprivacy verdicts").getOrCreate();
        int exit = 0;
        try {
            System.out.print(run(spark, options).text());
        } catch (RuleSetException e) {
            System.err.println("workprivacy spark: the rules do not compile; nothing was decided:");
            System.err.println(e.getMessage());
            exit = BROKEN_RULES;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /**
     * Runs the job on {@code spark}. The rules are checked before anything is read; the summary is counted
     * from the written output, so it is exactly what the output holds.
     *
     * @throws RuleSetException if the rules do not compile
     */
    public static Result run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        Dataset<Row> verdicts;
        if (options.format() == JobOptions.Format.JSONL) {
            // The rules first: numbering the lines is already a pass over the input.
            Verdicts.checkRules(options.rulesSource());
            verdicts = Verdicts.decideJsonLines(JsonLinesFiles.read(spark, options.input()), options.rulesSource(),
                    options.options()).drop(JsonLinesFiles.VALUE);
        } else {
            verdicts = Verdicts.decide(spark.read().parquet(options.input()), options.rulesSource(), options.options());
        }
        Dataset<Row> written;
        if (options.outputFormat() == JobOptions.Format.PARQUET) {
            verdicts.write().parquet(options.output());
            written = spark.read().parquet(options.output());
        } else {
            verdicts.write().json(options.output());
            written = spark.read().schema(verdicts.schema()).json(options.output());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Result(VerdictSummary.of(written.select(VerdictColumns.SCENARIO, VerdictColumns.OUTCOME,
                VerdictColumns.ERROR)), elapsed);
    }
}
