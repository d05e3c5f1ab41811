package org.workprivacy.rules.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Reads a situation from {@code {"scenario": "<id>", "facts": {...}}}. Strict on purpose: an unknown
 * fact, a wrong type or an unknown enum value is an error naming the field, because a silently ignored
 * fact could turn a verdict around. A fact that is absent or {@code null} is simply not stated.
 */
public final class SituationJson {
    /** Top-level fields besides scenario and facts that callers may send (a caller's own id). */
    private static final Set<String> TOP_LEVEL = Set.of("scenario", "facts", "id");

    private final ObjectMapper mapper;

    public SituationJson() {
        this.mapper = strictMapper();
    }

    /** The mapper used for facts; strict about types and unknown fields. */
    public static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // "true" (a string) is not true: a lawyer's yes must be a JSON boolean.
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    public Situation read(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSituationException("", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        return read(root);
    }

    public Situation read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidSituationException("", "expected a JSON object with \"scenario\" and \"facts\"");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_LEVEL.contains(name)) {
                throw new InvalidSituationException(name, "unknown field; expected \"scenario\" and \"facts\"");
            }
        }
        Scenario scenario = scenario(root.get("scenario"));
        JsonNode facts = root.get("facts");
        if (facts == null || facts.isNull()) {
            throw new InvalidSituationException("facts", "missing; give the facts of the situation as an object");
        }
        if (!facts.isObject()) {
            throw new InvalidSituationException("facts", "must be a JSON object");
        }
        return facts(scenario, (ObjectNode) facts);
    }

    private static Scenario scenario(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new InvalidSituationException("scenario", "missing; one of " + Scenario.ids());
        }
        if (!node.isTextual()) {
            throw new InvalidSituationException("scenario", "must be a string, one of " + Scenario.ids());
        }
        return Scenario.byId(node.asText()).orElseThrow(() -> new InvalidSituationException("scenario",
                "unknown scenario \"" + node.asText() + "\"; known: " + Scenario.ids()));
    }

    private Situation facts(Scenario scenario, ObjectNode facts) {
        try {
            return mapper.treeToValue(facts, scenario.situationType());
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidSituationException(path(e), "unknown fact for scenario " + scenario.id()
                    + "; known facts: " + e.getKnownPropertyIds());
        } catch (InvalidFormatException e) {
            throw new InvalidSituationException(path(e), "invalid value " + quote(e.getValue())
                    + expected(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw new InvalidSituationException(path(e), "wrong type" + expected(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw new InvalidSituationException("facts", e.getOriginalMessage());
        }
    }

    private static String path(MismatchedInputException e) {
        String inner = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return inner.isEmpty() ? "facts" : "facts." + inner;
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "; expected one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> enumJsonName((Enum<?>) c))
                    .collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "; expected true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "; expected a whole number";
        }
        return "; expected " + type.getSimpleName();
    }

    /** The JSON name of an enum constant (its @JsonProperty value). */
    public static String enumJsonName(Enum<?> constant) {
        try {
            var annotation = constant.getDeclaringClass().getField(constant.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return annotation != null ? annotation.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }
}
