package org.workprivacy.rules.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.workprivacy.rules.api.ruleset.RuleSetException;

/**
 * Decides a data set of situations on Spark: each row comes out with its input columns and the verdict
 * columns ({@link VerdictColumns}), or an {@code error} if it is not a valid situation. Bad rows never get a
 * verdict and never stop the job. The rule set is checked on the driver when this is called, so a broken
 * rules directory fails here, before any task runs; each executor JVM then builds it once and shares it.
 * Lazy, as Spark is: nothing is decided until the result is written or collected.
 *
 * <pre>{@code
 * Dataset<Row> verdicts = Verdicts.decide(spark.read().parquet("situations"), RulesSource.bundled(),
 *         Options.defaults().withLanguage(Language.NL));
 * }</pre>
 */
public final class Verdicts {
    private Verdicts() {
    }

    /**
     * Decides typed rows: a {@code scenario} string column and a {@code facts} struct
     * ({@link SituationColumns#schema()}); other columns are carried through.
     *
     * @throws IllegalArgumentException if the rows lack those columns, or already have a verdict column
     * @throws RuleSetException         if the rules do not compile (located problems)
     */
    public static Dataset<Row> decide(Dataset<Row> situations, RulesSource rules, Options options) {
        StructType input = situations.schema();
        RowSituations reader = RowSituations.of(input);
        StructType output = append(input, VerdictColumns.schema());
        CheckedRules checked = CheckedRules.check(situations.sparkSession(), rules);
        return situations.mapPartitions(new DecidePartition(new DecidePartition.Typed(reader), checked,
                options.language()), Encoders.row(output));
    }

    /**
     * Decides JSON Lines: a column {@code value} (string, or binary to have bytes that are not UTF-8
     * reported as {@code workprivacy batch} does) holds one line each, read exactly as the batch reads it.
     * The output adds {@code id} (with {@link Options#idField()}) and {@code scenario} before the verdict
     * columns. {@link JsonLinesFiles#read} gives such rows, numbered, from files.
     *
     * @throws IllegalArgumentException if there is no such {@code value} column, or a verdict column exists
     * @throws RuleSetException         if the rules do not compile (located problems)
     */
    public static Dataset<Row> decideJsonLines(Dataset<Row> lines, RulesSource rules, Options options) {
        StructType input = lines.schema();
        List<String> names = Arrays.asList(input.fieldNames());
        if (!names.contains("value") || !(input.apply("value").dataType() instanceof StringType
                || input.apply("value").dataType() instanceof BinaryType)) {
            throw new IllegalArgumentException("the lines need a string or binary column \"value\"; found "
                    + input.simpleString());
        }
        StructType output = append(append(input, VerdictColumns.lineSchema()), VerdictColumns.schema());
        CheckedRules checked = CheckedRules.check(lines.sparkSession(), rules);
        DecidePartition.Reader reader = new DecidePartition.Lines(
                new JsonLine(options.idField(), options.maxLineBytes()), input.fieldIndex("value"));
        return lines.mapPartitions(new DecidePartition(reader, checked, options.language()), Encoders.row(output));
    }

    /**
     * Compiles the rules on the driver (once per JVM: deciding with them later does not compile them again)
     * and gives their version; for a job that must refuse broken rules before it reads its input.
     *
     * @throws RuleSetException if the rules do not compile (located problems)
     */
    public static String checkRules(RulesSource rules) {
        return CheckedRules.version(rules);
    }

    private static StructType append(StructType input, StructType added) {
        List<String> names = Arrays.asList(input.fieldNames());
        for (String name : added.fieldNames()) {
            if (names.contains(name)) {
                throw new IllegalArgumentException("the input already has a column \"" + name
                        + "\", which the verdict adds; rename or drop it first");
            }
        }
        StructField[] fields = Arrays.copyOf(input.fields(), input.fields().length + added.fields().length);
        System.arraycopy(added.fields(), 0, fields, input.fields().length, added.fields().length);
        return new StructType(fields);
    }
}
