package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Reads the situation on one input line, exactly as {@code decide} reads a file. The caller's id field
 * ({@code --id-field}) is taken off the line first, so any name works while the situation itself stays
 * strictly checked. Thread-safe.
 */
public final class SituationLine {
    private static final Set<String> RESERVED = Set.of("scenario", "facts");
    /** Jackson's "[Source: REDACTED (...); line: 1, column: 7]": on a one-line document only the column counts. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\[Source: [^;]*; line: \\d+, ");

    private final ObjectMapper mapper = SituationJson.strictMapper();
    private final SituationJson situations = new SituationJson();
    private final Optional<String> idField;

    public SituationLine(Optional<String> idField) {
        idField.filter(RESERVED::contains).ifPresent(name -> {
            throw new IllegalArgumentException("the id field cannot be \"" + name + "\": that is part of the situation");
        });
        this.idField = idField;
    }

    /** A line read into a situation, or the reason it could not be. */
    public sealed interface Reading {
        Optional<JsonNode> id();
    }

    public record Read(Optional<JsonNode> id, Situation situation) implements Reading {
    }

    public record Unreadable(Optional<JsonNode> id, String field, String message) implements Reading {
    }

    public Reading read(InputLine line) {
        if (line instanceof InputLine.TooLong tooLong) {
            return new Unreadable(Optional.empty(), "", "line is " + tooLong.bytes()
                    + " bytes, longer than the limit of " + tooLong.limit() + " bytes (--max-line-bytes); not read");
        }
        if (line instanceof InputLine.NotUtf8) {
            return new Unreadable(Optional.empty(), "", "line is not valid UTF-8");
        }
        return read(((InputLine.Text) line).text());
    }

    private Reading read(String text) {
        if (text.isBlank()) {
            return new Unreadable(Optional.empty(), "",
                    "blank line; expected a situation {\"scenario\": ..., \"facts\": {...}}");
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return new Unreadable(Optional.empty(), "", "malformed JSON" + where + ": "
                    + SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll("["));
        }
        Optional<JsonNode> id = idField.filter(name -> root instanceof ObjectNode)
                .map(name -> ((ObjectNode) root).remove(name));
        try {
            return new Read(id, situations.read(root));
        } catch (InvalidSituationException e) {
            return new Unreadable(id, e.field(), withoutField(e));
        }
    }

    /** The exception's message without the "field: " prefix, since the field travels separately. */
    private static String withoutField(InvalidSituationException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return !e.field().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
