package org.workprivacy.rules.spark;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.workprivacy.rules.api.situation.Scenario;

/**
 * The typed form of a situation in a table: a {@code scenario} string column and a {@code facts} struct with
 * a field for every fact of every scenario, so the rows of all scenarios fit one table (a fact another
 * scenario has is left null). It mirrors the JSON, and is what Spark infers from JSON Lines of situations.
 * Derived from the situation records, so it never falls behind a new fact.
 */
public final class SituationColumns {
    public static final String SCENARIO = "scenario";
    public static final String FACTS = "facts";

    private SituationColumns() {
    }

    /** {@code scenario: string, facts: struct<fact: boolean | string | int, ...>}, facts in record order. */
    public static StructType schema() {
        return new StructType(new StructField[] {
                DataTypes.createStructField(SCENARIO, DataTypes.StringType, true),
                DataTypes.createStructField(FACTS, facts(), true)});
    }

    /** The facts struct: every fact name once; a name two scenarios share has one type in both. */
    public static StructType facts() {
        Map<String, DataType> fields = new LinkedHashMap<>();
        for (Scenario scenario : Scenario.values()) {
            for (RecordComponent component : scenario.situationType().getRecordComponents()) {
                DataType type = columnType(component.getType());
                DataType before = fields.putIfAbsent(component.getName(), type);
                if (before != null && !before.equals(type)) {
                    throw new IllegalStateException("fact " + component.getName() + " is " + before.simpleString()
                            + " in one scenario and " + type.simpleString() + " in " + scenario.id());
                }
            }
        }
        return new StructType(fields.entrySet().stream()
                .map(field -> DataTypes.createStructField(field.getKey(), field.getValue(), true))
                .toArray(StructField[]::new));
    }

    /** Booleans are booleans, enum values their JSON names, numbers of days 32-bit integers. */
    static DataType columnType(Class<?> factType) {
        if (factType == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (factType.isEnum()) {
            return DataTypes.StringType;
        }
        if (factType == Integer.class) {
            return DataTypes.IntegerType;
        }
        throw new IllegalStateException("no column type for facts of type " + factType.getName());
    }
}
