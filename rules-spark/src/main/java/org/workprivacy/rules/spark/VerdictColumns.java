package org.workprivacy.rules.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The columns {@link Verdicts} adds to each row: the verdict's fields, or an {@code error} for a row that
 * is not a valid situation. A row has either a verdict (all verdict columns set, {@code error} null) or an
 * error (all verdict columns null): a bad row never gets an outcome.
 */
public final class VerdictColumns {
    public static final String OUTCOME = "outcome";
    public static final String REASON_CODES = "reasonCodes";
    public static final String CONDITION_CODES = "conditionCodes";
    public static final String MISSING_FACTS = "missingFacts";
    public static final String RULE_SET_VERSION = "ruleSetVersion";
    public static final String REASONS = "reasons";
    public static final String CONDITIONS = "conditions";
    public static final String ERROR = "error";
    /** JSON Lines input only: the caller's id ({@link Options#idField()}) and the situation's scenario. */
    public static final String ID = "id";
    public static final String SCENARIO = SituationColumns.SCENARIO;

    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    private VerdictColumns() {
    }

    /** The verdict and error columns, in the order they are added. */
    public static StructType schema() {
        StructType reason = new StructType(new StructField[] {
                field("ruleId", DataTypes.StringType, false), field("code", DataTypes.StringType, false),
                field("message", DataTypes.StringType, false), field("legalBasis", STRINGS, false)});
        StructType condition = new StructType(new StructField[] {
                field("code", DataTypes.StringType, false), field("message", DataTypes.StringType, false),
                field("legalBasis", STRINGS, false)});
        StructType error = new StructType(new StructField[] {
                field("field", DataTypes.StringType, false), field("message", DataTypes.StringType, false)});
        return new StructType(new StructField[] {
                field(OUTCOME, DataTypes.StringType, true),
                field(REASON_CODES, STRINGS, true),
                field(CONDITION_CODES, STRINGS, true),
                field(MISSING_FACTS, STRINGS, true),
                field(RULE_SET_VERSION, DataTypes.StringType, true),
                field(REASONS, DataTypes.createArrayType(reason, false), true),
                field(CONDITIONS, DataTypes.createArrayType(condition, false), true),
                field(ERROR, error, true)});
    }

    /** The columns JSON Lines input gets before the verdict: {@code id} and {@code scenario}. */
    static StructType lineSchema() {
        return new StructType(new StructField[] {
                field(ID, DataTypes.StringType, true), field(SCENARIO, DataTypes.StringType, true)});
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    static Object[] verdict(Verdict verdict) {
        return new Object[] {
                verdict.outcome().name(),
                seq(verdict.reasonCodes()),
                seq(verdict.conditionCodes()),
                seq(verdict.missingFacts()),
                verdict.ruleSetVersion(),
                seq(verdict.reasons().stream().map(VerdictColumns::reason).toList()),
                seq(verdict.conditions().stream().map(VerdictColumns::condition).toList()),
                null};
    }

    static Object[] error(String field, String message) {
        return new Object[] {null, null, null, null, null, null, null, RowFactory.create(field, message)};
    }

    private static Row reason(Reason reason) {
        return RowFactory.create(reason.ruleId(), reason.code(), reason.message(), seq(reason.legalBasis()));
    }

    private static Row condition(Condition condition) {
        return RowFactory.create(condition.code(), condition.message(), seq(condition.legalBasis()));
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toList();
    }
}
