package org.workprivacy.rules.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads JSON Lines files as rows of {@code file}, {@code line} (counting from 1 in each file, as
 * {@code workprivacy batch} numbers them) and {@code value} (the line's bytes, without its line ending;
 * blank lines included), for {@link Verdicts#decideJsonLines}.
 *
 * <p>Spark splits a big file between tasks and knows no line numbers; so a first pass counts the lines of
 * every split, and the second numbers each line from the count of the splits before it in its file. The
 * text is read twice, which costs little beside deciding.
 */
public final class JsonLinesFiles {
    public static final String FILE = "file";
    public static final String LINE = "line";
    public static final String VALUE = "value";

    private JsonLinesFiles() {
    }

    /** The lines of the files at {@code path} (a file, a directory, or a glob Spark understands). */
    public static Dataset<Row> read(SparkSession spark, String path) {
        Dataset<Row> splits = spark.read().format("text").load(path).select(
                col("value").cast("binary").as(VALUE),
                col("_metadata.file_path").as(FILE),
                col("_metadata.file_block_start").as("splitStart"));
        Map<String, TreeMap<Long, Long>> counts = new HashMap<>();
        for (Row count : splits.groupBy(FILE, "splitStart").count().collectAsList()) {
            counts.computeIfAbsent(count.getString(0), f -> new TreeMap<>()).put(count.getLong(1), count.getLong(2));
        }
        Map<String, Map<Long, Long>> firstLine = new HashMap<>();
        counts.forEach((file, bySplit) -> {
            long before = 0;
            Map<Long, Long> first = new HashMap<>();
            for (Map.Entry<Long, Long> split : bySplit.entrySet()) {
                first.put(split.getKey(), before + 1);
                before += split.getValue();
            }
            firstLine.put(file, first);
        });
        StructType schema = new StructType(new StructField[] {
                DataTypes.createStructField(FILE, DataTypes.StringType, false),
                DataTypes.createStructField(LINE, DataTypes.LongType, false),
                DataTypes.createStructField(VALUE, DataTypes.BinaryType, false)});
        return splits.mapPartitions(new NumberLines(firstLine), Encoders.row(schema));
    }

    /** Numbers the lines of a partition: its splits are read in order, each from its start. */
    private record NumberLines(Map<String, Map<Long, Long>> firstLine) implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Map<List<Object>, long[]> next = new HashMap<>();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row row = rows.next();
                    String file = row.getString(1);
                    long splitStart = row.getLong(2);
                    long[] line = next.computeIfAbsent(new ArrayList<>(List.of(file, splitStart)),
                            key -> new long[] {firstLine.get(file).get(splitStart)});
                    return RowFactory.create(file, line[0]++, row.get(0));
                }
            };
        }
    }
}
