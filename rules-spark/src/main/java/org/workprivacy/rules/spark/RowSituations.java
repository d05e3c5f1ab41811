package org.workprivacy.rules.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Reads situations from typed rows ({@link SituationColumns}) straight into the situation records, without
 * writing them as JSON. A row the direct way cannot take as it stands (an unknown scenario or enum value, a
 * stated fact the scenario does not have, a column of another type) goes to the shared JSON reader as a
 * tree instead, which refuses it with exactly the field and message {@code workprivacy batch} gives for the
 * same situation as a JSON line (or accepts it, where JSON would). So both ways are equally strict, and
 * only the rare bad row pays for the tree. A null is a fact not stated, as in JSON.
 */
final class RowSituations implements Serializable {
    private enum Kind { BOOLEAN, ENUM, INTEGER }

    /** How one scenario's record is made from the facts struct. */
    private record Plan(Constructor<?> constructor, Kind[] kinds, int[] columns, Map<String, Object>[] enums,
                        boolean[] ofScenario) {
    }

    private final int scenarioColumn;
    private final int factsColumn;
    private final String[] factNames;
    private transient Map<Scenario, Plan> plans;
    private transient SituationJson json;

    private RowSituations(int scenarioColumn, int factsColumn, String[] factNames) {
        this.scenarioColumn = scenarioColumn;
        this.factsColumn = factsColumn;
        this.factNames = factNames;
    }

    /**
     * The reader for rows of {@code schema}, which must have a string column {@code scenario} and a struct
     * column {@code facts} (checked on the driver: a table of another shape is a mistake in the job, not a
     * bad row).
     */
    static RowSituations of(StructType schema) {
        List<String> names = Arrays.asList(schema.fieldNames());
        if (!names.contains(SituationColumns.SCENARIO) || !names.contains(SituationColumns.FACTS)) {
            throw new IllegalArgumentException("the situations need the columns \"scenario\" (string) and \"facts\""
                    + " (struct); found " + names + ". Their schema: " + SituationColumns.schema().simpleString());
        }
        StructField facts = schema.apply(SituationColumns.FACTS);
        if (!(facts.dataType() instanceof StructType factsType)) {
            throw new IllegalArgumentException("the column \"facts\" must be a struct of facts, is "
                    + facts.dataType().simpleString());
        }
        return new RowSituations(schema.fieldIndex(SituationColumns.SCENARIO), schema.fieldIndex(SituationColumns.FACTS),
                factsType.fieldNames());
    }

    /**
     * The row's situation.
     *
     * @throws InvalidSituationException naming the field, as the JSON reader does for the same situation
     */
    Situation read(Row row) {
        Situation direct = direct(row);
        return direct != null ? direct : viaTree(row);
    }

    /** The situation, or null when the row needs the JSON reader's judgement. */
    private Situation direct(Row row) {
        if (!(row.get(scenarioColumn) instanceof String id) || !(row.get(factsColumn) instanceof Row facts)) {
            return null;
        }
        Scenario scenario = Scenario.byId(id).orElse(null);
        if (scenario == null) {
            return null;
        }
        Plan plan = plans().get(scenario);
        for (int i = 0; i < factNames.length; i++) {
            if (!plan.ofScenario()[i] && !facts.isNullAt(i)) {
                return null;
            }
        }
        Object[] values = new Object[plan.kinds().length];
        for (int c = 0; c < values.length; c++) {
            int column = plan.columns()[c];
            if (column < 0 || facts.isNullAt(column)) {
                continue;
            }
            Object value = value(plan, c, facts.get(column));
            if (value == null) {
                return null;
            }
            values[c] = value;
        }
        try {
            return (Situation) plan.constructor().newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidSituationException contradiction) {
                throw contradiction; // the record's own check, which the JSON reader passes on as it is
            }
            return null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object value(Plan plan, int component, Object value) {
        return switch (plan.kinds()[component]) {
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case ENUM -> value instanceof String name ? plan.enums()[component].get(name) : null;
            case INTEGER -> value instanceof Integer || value instanceof Short || value instanceof Byte
                    ? Integer.valueOf(((Number) value).intValue())
                    : value instanceof Long number && number == number.intValue() ? Integer.valueOf(number.intValue())
                    : null;
        };
    }

    private Situation viaTree(Row row) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (!row.isNullAt(scenarioColumn)) {
            root.set(SituationColumns.SCENARIO, tree(row.get(scenarioColumn)));
        }
        if (!row.isNullAt(factsColumn)) {
            root.set(SituationColumns.FACTS, tree(row.get(factsColumn)));
        }
        if (json == null) {
            json = new SituationJson();
        }
        return json.read(root);
    }

    /** A Spark value as JSON; a struct's null fields are left out (not stated). */
    private static JsonNode tree(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Row struct) {
            ObjectNode object = nodes.objectNode();
            String[] names = struct.schema().fieldNames();
            for (int i = 0; i < names.length; i++) {
                if (!struct.isNullAt(i)) {
                    object.set(names[i], tree(struct.get(i)));
                }
            }
            return object;
        }
        if (value instanceof scala.collection.Iterable<?> seq) {
            ArrayNode array = nodes.arrayNode();
            seq.foreach(element -> array.add(element == null ? nodes.nullNode() : tree(element)));
            return array;
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return nodes.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Float || value instanceof Double) {
            return nodes.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        return nodes.textNode(String.valueOf(value)); // dates, times, bytes: a value no fact takes
    }

    private Map<Scenario, Plan> plans() {
        if (plans == null) {
            Map<Scenario, Plan> made = new EnumMap<>(Scenario.class);
            for (Scenario scenario : Scenario.values()) {
                made.put(scenario, plan(scenario));
            }
            plans = made;
        }
        return plans;
    }

    @SuppressWarnings("unchecked")
    private Plan plan(Scenario scenario) {
        RecordComponent[] components = scenario.situationType().getRecordComponents();
        Kind[] kinds = new Kind[components.length];
        int[] columns = new int[components.length];
        Map<String, Object>[] enums = new Map[components.length];
        boolean[] ofScenario = new boolean[factNames.length];
        List<String> facts = Arrays.asList(factNames);
        for (int c = 0; c < components.length; c++) {
            Class<?> type = components[c].getType();
            kinds[c] = type == Boolean.class ? Kind.BOOLEAN : type.isEnum() ? Kind.ENUM : Kind.INTEGER;
            if (kinds[c] == Kind.INTEGER && type != Integer.class) {
                throw new IllegalStateException("no column reading for facts of type " + type.getName());
            }
            if (type.isEnum()) {
                enums[c] = new HashMap<>();
                for (Object constant : type.getEnumConstants()) {
                    enums[c].put(SituationJson.enumJsonName((Enum<?>) constant), constant);
                }
            }
            columns[c] = facts.indexOf(components[c].getName());
            if (columns[c] >= 0) {
                ofScenario[columns[c]] = true;
            }
        }
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return new Plan(scenario.situationType().getDeclaredConstructor(parameterTypes), kinds, columns, enums,
                    ofScenario);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
    }
}
