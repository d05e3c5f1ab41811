package org.workprivacy.rules.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts of a verdict data set, per scenario: rows allowed, denied and in error. Counted by Spark from the
 * verdicts themselves (never by accumulators, which a retried task would count twice), so they are exact.
 * A row whose scenario could not be read counts under {@link #NO_SCENARIO}.
 */
public record VerdictSummary(Map<String, Counts> byScenario) {
    public static final String NO_SCENARIO = "(none)";

    /** One scenario's rows. */
    public record Counts(long allowed, long denied, long errors) {
        Counts plus(Counts other) {
            return new Counts(allowed + other.allowed, denied + other.denied, errors + other.errors);
        }

        public long rows() {
            return allowed + denied + errors;
        }
    }

    public VerdictSummary {
        byScenario = Map.copyOf(byScenario);
    }

    /** Counts the rows of {@code verdicts}, an output of {@link Verdicts} (or the files it was written to). */
    public static VerdictSummary of(Dataset<Row> verdicts) {
        Map<String, Counts> counts = new TreeMap<>();
        for (Row group : verdicts.groupBy(col(VerdictColumns.SCENARIO), col(VerdictColumns.OUTCOME),
                col(VerdictColumns.ERROR).isNotNull().as("failed")).count().collectAsList()) {
            String scenario = group.isNullAt(0) ? NO_SCENARIO : group.getString(0);
            long n = group.getLong(3);
            Counts one = group.getBoolean(2) ? new Counts(0, 0, n)
                    : "ALLOWED".equals(group.getString(1)) ? new Counts(n, 0, 0) : new Counts(0, n, 0);
            counts.merge(scenario, one, Counts::plus);
        }
        return new VerdictSummary(counts);
    }

    public Counts total() {
        return byScenario.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public Optional<Counts> scenario(String id) {
        return Optional.ofNullable(byScenario.get(id));
    }

    /** A table for people: one line per scenario, then the total. */
    public String text() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-20s %12s %12s %12s %12s%n",
                "scenario", "rows", "allowed", "denied", "errors"));
        new TreeMap<>(byScenario).forEach((scenario, counts) -> text.append(line(scenario, counts)));
        return text.append(line("total", total())).toString();
    }

    private static String line(String name, Counts counts) {
        return String.format(Locale.ROOT, "%-20s %12d %12d %12d %12d%n", name, counts.rows(), counts.allowed(),
                counts.denied(), counts.errors());
    }
}
