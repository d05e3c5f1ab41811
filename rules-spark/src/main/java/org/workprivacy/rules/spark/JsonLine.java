package org.workprivacy.rules.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Reads the situation on one JSON Lines line exactly as {@code workprivacy batch} does: the same checks, in
 * the same order, with the same fields and messages (a blank line, malformed JSON with its column, a line
 * too long or not UTF-8, and then whatever the shared {@link SituationJson} reader refuses).
 *
 * <p>An adapter: this is the small part of the batch engine's line reading (rules-cli's
 * {@code SituationLine} and {@code LineReader} limits) that a Spark task needs, copied here so this module
 * does not depend on the command line; it should call the shared batch reader once there is one.
 */
final class JsonLine implements Serializable {
    /** Jackson's "[Source: REDACTED (...); line: 1, column: 7]": on a one-line document only the column counts. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\[Source: [^;]*; line: \\d+, ");

    /** The id field's name, or null for none (Optional is not serializable, and tasks carry this). */
    private final String idField;
    private final int maxLineBytes;
    private transient ObjectMapper mapper;
    private transient SituationJson situations;

    JsonLine(Optional<String> idField, int maxLineBytes) {
        this.idField = idField.orElse(null);
        this.maxLineBytes = maxLineBytes;
    }

    /** A line read into a situation, or why it could not be. */
    sealed interface Reading {
        /** The caller's id ({@code --id-field}): a JSON string's text, any other JSON value as JSON. */
        Optional<String> id();
    }

    record Read(Optional<String> id, Situation situation) implements Reading {
    }

    record Unreadable(Optional<String> id, String field, String message) implements Reading {
    }

    /** Reads a line given as its bytes (without the line ending). */
    Reading read(byte[] line) {
        if (line.length > maxLineBytes) {
            return tooLong(line.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return new Unreadable(Optional.empty(), "", "line is not valid UTF-8");
        }
        return readText(text);
    }

    /** Reads a line given as text (already decoded, so only its length is checked before reading). */
    Reading read(String line) {
        if ((long) line.length() * 3 > maxLineBytes) {
            int bytes = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxLineBytes) {
                return tooLong(bytes);
            }
        }
        return readText(line);
    }

    private Unreadable tooLong(long bytes) {
        return new Unreadable(Optional.empty(), "", "line is " + bytes + " bytes, longer than the limit of "
                + maxLineBytes + " bytes (--max-line-bytes); not read");
    }

    private Reading readText(String text) {
        if (text.isBlank()) {
            return new Unreadable(Optional.empty(), "",
                    "blank line; expected a situation {\"scenario\": ..., \"facts\": {...}}");
        }
        if (mapper == null) {
            mapper = SituationJson.strictMapper();
            situations = new SituationJson();
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return new Unreadable(Optional.empty(), "", "malformed JSON" + where + ": "
                    + SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll("["));
        }
        Optional<String> id = Optional.ofNullable(idField).filter(name -> root instanceof ObjectNode)
                .map(name -> ((ObjectNode) root).remove(name))
                .filter(node -> !node.isNull())
                .map(node -> node.isTextual() ? node.textValue() : node.toString());
        try {
            return new Read(id, situations.read(root));
        } catch (InvalidSituationException e) {
            return new Unreadable(id, e.field(), withoutField(e));
        }
    }

    /** The exception's message without the "field: " prefix, since the field travels separately. */
    static String withoutField(InvalidSituationException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return !e.field().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
