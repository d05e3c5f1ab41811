package org.workprivacy.rules.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.batch.InputLine;
import org.workprivacy.rules.batch.SituationLine;

/**
 * Reads the situation on one JSON Lines line through the batch's own {@link SituationLine}, so a line
 * reads, and fails, exactly as in {@code workprivacy batch}. This class only turns Spark's values (bytes or
 * text) into the batch's {@link InputLine} and carries the settings to the executors.
 */
final class JsonLine implements Serializable {
    /** The id field's name, or null for none (Optional is not serializable, and tasks carry this). */
    private final String idField;
    private final int maxLineBytes;
    private transient SituationLine situations;

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
            return read(new InputLine.TooLong(0, line.length, maxLineBytes));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
            return read(new InputLine.Text(0, text));
        } catch (CharacterCodingException e) {
            return read(new InputLine.NotUtf8(0));
        }
    }

    /** Reads a line given as text (already decoded, so only its length is checked before reading). */
    Reading read(String line) {
        if ((long) line.length() * 3 > maxLineBytes) {
            int bytes = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxLineBytes) {
                return read(new InputLine.TooLong(0, bytes, maxLineBytes));
            }
        }
        return read(new InputLine.Text(0, line));
    }

    private Reading read(InputLine line) {
        if (situations == null) {
            situations = new SituationLine(Optional.ofNullable(idField));
        }
        SituationLine.Reading reading = situations.read(line);
        Optional<String> id = reading.id().filter(node -> !node.isNull()).map(JsonLine::idText);
        if (reading instanceof SituationLine.Read read) {
            return new Read(id, read.situation());
        }
        SituationLine.Unreadable unreadable = (SituationLine.Unreadable) reading;
        return new Unreadable(id, unreadable.error().field(), unreadable.error().message());
    }

    /** The exception's message without the "field: " prefix, since the field travels separately. */
    static String withoutField(InvalidSituationException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return !e.field().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String idText(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
