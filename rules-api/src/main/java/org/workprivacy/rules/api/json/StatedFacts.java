package org.workprivacy.rules.api.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.situation.Situation;

/**
 * The facts a situation states, the way a user writes them in situation JSON: the JSON names, enum
 * values in kebab-case ({@code enable-auto-reply}, not {@code ENABLE_AUTO_REPLY}), facts not stated left
 * out. For text shown to people (explanations), where a record's {@code toString} would speak Java.
 */
public final class StatedFacts {
    private StatedFacts() {
    }

    /** The stated facts in declaration order, each as its JSON value (text, boolean or number). */
    public static Map<String, Object> of(Situation situation) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (RecordComponent component : situation.getClass().getRecordComponents()) {
            Object value = value(component, situation);
            if (value != null) {
                facts.put(component.getName(), value instanceof Enum<?> constant ? SituationJson.enumJsonName(constant) : value);
            }
        }
        return facts;
    }

    /** {@code action=enable-auto-reply, workRelatedReason=true}: the stated facts on one line. */
    public static String pairs(Situation situation) {
        return of(situation).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The situation as situation JSON on one line: {@code {"scenario": "...", "facts": {...}}}, what was stated only. */
    public static String json(Situation situation) {
        return "{\"scenario\": \"" + situation.scenario().id() + "\", \"facts\": {" + of(situation).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + (e.getValue() instanceof String text ? "\"" + text + "\"" : e.getValue()))
                .collect(Collectors.joining(", ")) + "}}";
    }

    private static Object value(RecordComponent component, Situation situation) {
        try {
            return component.getAccessor().invoke(situation);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // Situations are public records of this module: their accessors are public and cannot throw.
            throw new IllegalStateException("cannot read fact " + component.getName(), e);
        }
    }
}
