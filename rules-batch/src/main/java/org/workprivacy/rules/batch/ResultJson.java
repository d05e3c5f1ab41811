package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes line results as JSON Lines: {@code {"line": N, "verdict": {...}}} or
 * {@code {"line": N, "error": {"field": "...", "message": "..."}}}, with {@code "id"} after {@code "line"}
 * when the run copies a caller's id ({@code null} when the line had none). Thread-safe.
 */
public final class ResultJson {
    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final boolean withId;

    public ResultJson(boolean withId) {
        this.withId = withId;
    }

    /** The results as JSON Lines, each ending in a newline. */
    public String write(List<LineResult> results) {
        StringWriter text = new StringWriter(results.size() * 1024);
        try (JsonGenerator json = mapper.createGenerator(text)) {
            json.setRootValueSeparator(null); // each record ends in its own newline instead
            for (LineResult result : results) {
                write(result, json);
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void write(LineResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("line", result.line());
        if (withId) {
            json.writeFieldName("id");
            if (result.id().isPresent()) {
                json.writeTree(result.id().get());
            } else {
                json.writeNull();
            }
        }
        if (result instanceof LineResult.Decided decided) {
            json.writeObjectField("verdict", decided.verdict());
        } else {
            LineResult.Failed failed = (LineResult.Failed) result;
            json.writeObjectFieldStart("error");
            json.writeStringField("field", failed.field());
            json.writeStringField("message", failed.message());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
