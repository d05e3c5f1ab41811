package org.workprivacy.rules.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.apache.spark.sql.Row;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.batch.BatchOptions;
import org.workprivacy.rules.batch.BatchRun;
import org.workprivacy.rules.drools.DecisionEngines;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What {@code workprivacy batch} gives for each line: the batch engine run in-process on the same text,
 * never a stored expectation. {@link Result} is what the Spark output must equal, row for row.
 */
final class BatchReference {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The part of a line's result that Spark and the batch must agree on. */
    record Result(String id, String scenario, String outcome, List<String> reasonCodes, List<String> conditionCodes,
                  List<String> missingFacts, String errorField, String errorMessage) {

        /** From a Spark output row with the verdict columns (and {@code id}, {@code scenario}). */
        static Result of(Row row) {
            Row error = row.getAs(VerdictColumns.ERROR);
            return new Result(row.getAs(VerdictColumns.ID), row.getAs(VerdictColumns.SCENARIO),
                    row.getAs(VerdictColumns.OUTCOME), strings(row, VerdictColumns.REASON_CODES),
                    strings(row, VerdictColumns.CONDITION_CODES), strings(row, VerdictColumns.MISSING_FACTS),
                    error == null ? null : error.getString(0), error == null ? null : error.getString(1));
        }

        private static List<String> strings(Row row, String column) {
            scala.collection.Seq<String> seq = row.getAs(column);
            return seq == null ? null : List.copyOf(CollectionConverters.asJava(seq));
        }
    }

    private BatchReference() {
    }

    /** The batch's result for each line of {@code text}, in line order, reading the id from {@code idField}. */
    static List<Result> run(String text, String idField) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BatchOptions options = BatchOptions.defaults().withThreads(2).withIdField(Optional.of(idField))
                    .withLanguage(Language.EN);
            new BatchRun(DecisionEngines.bundled(), options).run(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out, threads, (c, s, r) -> {
                    });
        } finally {
            threads.shutdownNow();
        }
        List<Result> results = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            results.add(result(JSON.readTree(line)));
        }
        return results;
    }

    private static Result result(JsonNode line) {
        JsonNode id = line.get("id");
        String idText = id == null || id.isNull() ? null : id.isTextual() ? id.textValue() : id.toString();
        JsonNode error = line.get("error");
        if (error != null) {
            return new Result(idText, null, null, null, null, null, error.get("field").asText(),
                    error.get("message").asText());
        }
        JsonNode verdict = line.get("verdict");
        return new Result(idText, verdict.get("scenario").asText(), verdict.get("outcome").asText(),
                texts(verdict.get("reasons"), "code"), texts(verdict.get("conditions"), "code"),
                texts(verdict.get("missingFacts"), null), null, null);
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> field == null ? node.asText() : node.get(field).asText())
                .toList();
    }
}
