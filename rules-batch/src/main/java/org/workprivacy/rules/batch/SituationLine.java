package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;

/**
 * Reads the situation of one input, exactly as {@code decide} reads a file. The caller's id field
 * ({@code --id-field}) is taken off first, so any name works while the situation itself stays strictly
 * checked. Thread-safe.
 */
public final class SituationLine {
    private static final Set<String> RESERVED = Set.of("scenario", "facts");

    private final ObjectMapper mapper = Json.strict();
    private final SituationJson situations = new SituationJson();
    private final Optional<String> idField;

    public SituationLine(Optional<String> idField) {
        idField.filter(RESERVED::contains).ifPresent(name -> {
            throw new IllegalArgumentException("the id field cannot be \"" + name + "\": that is part of the situation");
        });
        this.idField = idField;
    }

    /** An input read into a situation, or the reason it could not be. */
    public sealed interface Reading {
        Optional<JsonNode> id();
    }

    public record Read(Optional<JsonNode> id, Situation situation) implements Reading {
    }

    public record Unreadable(Optional<JsonNode> id, LineError error) implements Reading {
    }

    public Reading read(InputLine line) {
        if (line instanceof InputLine.TooLong tooLong) {
            return unreadable("line is " + tooLong.bytes() + " bytes, longer than the limit of " + tooLong.limit()
                    + " bytes (--max-line-bytes); not read");
        }
        if (line instanceof InputLine.NotUtf8) {
            return unreadable("line is not valid UTF-8");
        }
        String text = ((InputLine.Text) line).text();
        if (text.isBlank()) {
            return unreadable("blank line; expected a situation {\"scenario\": ..., \"facts\": {...}}");
        }
        try {
            return read(mapper.readTree(text));
        } catch (JsonProcessingException e) {
            return unreadable(MalformedJson.messageForLine(e));
        }
    }

    /** Reads an input already parsed (an element of a JSON array); the id field is taken off the node. */
    public Reading read(JsonNode root) {
        Optional<JsonNode> id = idField.filter(name -> root instanceof ObjectNode)
                .map(name -> ((ObjectNode) root).remove(name));
        try {
            return new Read(id, situations.read(root));
        } catch (InvalidSituationException e) {
            return new Unreadable(id, LineError.invalid(e.field(), withoutField(e) + hint(e)));
        }
    }

    private static Unreadable unreadable(String message) {
        return new Unreadable(Optional.empty(), LineError.invalid("", message));
    }

    /**
     * An unknown top-level field is most often the caller's own key (a ticket, a log entry): say how to keep
     * it, since the docs' own examples carry one.
     */
    private String hint(InvalidSituationException e) {
        boolean topLevel = !e.field().isEmpty() && !e.field().contains(".") && !RESERVED.contains(e.field());
        return topLevel && idField.isEmpty() && e.getMessage().contains("unknown field")
                ? " (to carry your own key on each line, name it with --id-field " + e.field() + ")" : "";
    }

    /** The exception's message without the "field: " prefix, since the field travels separately. */
    private static String withoutField(InvalidSituationException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return !e.field().isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
