package org.workprivacy.rules.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Decides the rows of one partition as they stream past (the partition is never held in memory): each
 * output row is the input row followed by the verdict columns, or by an error for a row that is not a valid
 * situation or whose decision failed. Nothing here throws for a bad row: the job goes on.
 */
final class DecidePartition implements MapPartitionsFunction<Row, Row> {
    /** How a row becomes a situation: typed columns, or a JSON Lines line. */
    sealed interface Reader extends java.io.Serializable {
    }

    record Typed(RowSituations situations) implements Reader {
    }

    record Lines(JsonLine line, int valueColumn) implements Reader {
    }

    private final Reader reader;
    private final CheckedRules rules;
    private final Language language;

    DecidePartition(Reader reader, CheckedRules rules, Language language) {
        this.reader = reader;
        this.rules = rules;
        this.language = language;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        DecisionEngine engine = rules.engine();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return decide(rows.next(), engine);
            }
        };
    }

    private Row decide(Row row, DecisionEngine engine) {
        if (reader instanceof Lines lines) {
            return decideLine(row, lines, engine);
        }
        Object[] added;
        try {
            added = decide(((Typed) reader).situations().read(row), engine);
        } catch (InvalidSituationException e) {
            added = VerdictColumns.error(e.field(), JsonLine.withoutField(e));
        } catch (RuntimeException e) {
            added = VerdictColumns.error("", "reading the row failed: " + e); // fail closed: no verdict
        }
        return append(row, added);
    }

    private Row decideLine(Row row, Lines lines, DecisionEngine engine) {
        Object value = row.get(lines.valueColumn());
        JsonLine.Reading reading = value instanceof byte[] bytes ? lines.line().read(bytes)
                : lines.line().read(value == null ? "" : (String) value);
        Object[] added;
        String scenario = null;
        if (reading instanceof JsonLine.Read read) {
            scenario = read.situation().scenario().id();
            added = decide(read.situation(), engine);
        } else {
            JsonLine.Unreadable unreadable = (JsonLine.Unreadable) reading;
            added = VerdictColumns.error(unreadable.field(), unreadable.message());
        }
        Object[] withLine = new Object[added.length + 2];
        withLine[0] = reading.id().orElse(null);
        withLine[1] = scenario;
        System.arraycopy(added, 0, withLine, 2, added.length);
        return append(row, withLine);
    }

    private Object[] decide(Situation situation, DecisionEngine engine) {
        try {
            Verdict verdict = engine.decide(situation, language);
            return VerdictColumns.verdict(verdict);
        } catch (RuleSetException e) {
            return VerdictColumns.error("", e.getMessage());
        } catch (RuntimeException e) {
            // Fail closed, as the batch does: this row gets no verdict, and the job goes on.
            return VerdictColumns.error("", "deciding failed: " + e);
        }
    }

    private static Row append(Row row, Object[] added) {
        int width = row.length();
        Object[] values = new Object[width + added.length];
        for (int i = 0; i < width; i++) {
            values[i] = row.get(i);
        }
        System.arraycopy(added, 0, values, width, added.length);
        return RowFactory.create(values);
    }
}
