package org.workprivacy.rules.api.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Reads a situation from {@code {"scenario": "<id>", "facts": {...}}}. Strict on purpose: an unknown
 * fact, a wrong type or an unknown enum value is an error naming the field, because a silently ignored
 * fact could turn a verdict around. A fact that is absent or {@code null} is simply not stated. Input
 * beyond {@link SituationLimits} (size, nesting, text length) is refused with an error, not read.
 *
 * <p>A UTF-8 byte-order mark at the start is accepted and dropped, by every reader (a file saved by a
 * Windows editor often has one); an enum value must be spelled exactly, without surrounding spaces.
 */
public final class SituationJson {
    /** Top-level fields besides scenario and facts that callers may send (a caller's own id). */
    private static final Set<String> TOP_LEVEL = Set.of("scenario", "facts", "id");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ObjectMapper mapper;
    private final SituationLimits limits;

    /** A reader with the {@link SituationLimits#DEFAULT default limits}. */
    public SituationJson() {
        this(SituationLimits.DEFAULT);
    }

    /** A reader that refuses input beyond {@code limits}. */
    public SituationJson(SituationLimits limits) {
        this.limits = limits;
        this.mapper = limits.equals(SituationLimits.DEFAULT) ? Json.strict() : strictMapper(limits);
    }

    /** The mapper used for facts, with the default limits; strict about types and unknown fields. */
    public static ObjectMapper strictMapper() {
        return Json.strict();
    }

    /**
     * The mapper used for facts; strict about types and unknown fields, and bounded by the nesting and
     * text limits of {@code limits}. Not by the document length: {@link #read(String)} checks that before
     * parsing, and callers that parse bodies or lines with this mapper (a batch request, a JSON Lines
     * line) cap what they read themselves.
     */
    public static ObjectMapper strictMapper(SituationLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringChars())
                        .maxNameLength(limits.maxStringChars())
                        .build())
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
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

    /**
     * Reads a situation from UTF-8 bytes: a byte-order mark at the start is dropped, and bytes that are
     * not UTF-8 are refused with their place ("not valid UTF-8 at byte 17", counting from 1) instead of
     * being replaced. More than {@link SituationLimits#maxDocumentChars()} bytes are refused unread.
     */
    public Situation read(byte[] json) {
        if (json.length > limits.maxDocumentChars()) {
            throw new InvalidSituationException("", "the input is " + json.length + " bytes long; a situation"
                    + " may have at most " + limits.maxDocumentChars());
        }
        return read(utf8(json));
    }

    /** The text of UTF-8 bytes without a leading byte-order mark; invalid bytes are refused with their place. */
    static String utf8(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidSituationException("", "not valid UTF-8 at byte " + (in.position() + 1));
        }
        return out.flip().toString();
    }

    /**
     * Reads one situation document.
     *
     * @throws InvalidSituationException naming the field, for malformed JSON, an unknown scenario or fact, a wrong
     *                                   type, contradicting facts or input beyond the limits
     */
    public Situation read(String json) {
        if (!json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK) {
            json = json.substring(1);
        }
        if (json.length() > limits.maxDocumentChars()) {
            // Checked up front: a parser given a whole string may read far into it before its own limit trips.
            throw new InvalidSituationException("", "the input is " + json.length() + " characters long; a situation"
                    + " may have at most " + limits.maxDocumentChars());
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new InvalidSituationException("", tooBig(e) + where(e.getLocation()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidSituationException("", "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        return read(root);
    }

    /**
     * Reads one situation from an already parsed document (the limits on size were the parser's job).
     *
     * @throws InvalidSituationException naming the field, as {@link #read(String)}
     */
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

    /** Jackson's limit messages name its own settings; say in plain words which limit the input broke. */
    private String tooBig(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the input is nested more than " + limits.maxNestingDepth() + " levels deep";
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return "a text or field name is longer than " + limits.maxStringChars() + " characters";
        }
        if (message.startsWith("Document length")) {
            return "the input is longer than " + limits.maxDocumentChars() + " characters";
        }
        return "the input exceeds a size limit: " + message;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
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
        exactValues(scenario, facts);
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
        } catch (ValueInstantiationException e) {
            // The record refused the combination (contradictory facts): its own message names both facts.
            if (e.getCause() instanceof InvalidSituationException contradiction) {
                throw contradiction;
            }
            throw new InvalidSituationException("facts", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidSituationException("facts", e.getOriginalMessage());
        }
    }

    /**
     * Jackson trims an enum value it does not know and tries again, so {@code "password-reset "} would be
     * read as {@code password-reset}; a value must be written exactly as the schema says.
     */
    private static void exactValues(Scenario scenario, ObjectNode facts) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = facts.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String text = field.getValue().isTextual() ? field.getValue().textValue() : null;
            if (text == null || text.isEmpty() || (text.charAt(0) > ' ' && text.charAt(text.length() - 1) > ' ')) {
                continue;
            }
            Class<?> type = factType(scenario, field.getKey());
            if (type != null && type.isEnum()) {
                throw new InvalidSituationException("facts." + field.getKey(), "invalid value " + quote(text)
                        + expected(type));
            }
        }
    }

    private static Class<?> factType(Scenario scenario, String fact) {
        return Arrays.stream(scenario.situationType().getRecordComponents())
                .filter(component -> component.getName().equals(fact))
                .<Class<?>>map(java.lang.reflect.RecordComponent::getType)
                .findFirst().orElse(null);
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
