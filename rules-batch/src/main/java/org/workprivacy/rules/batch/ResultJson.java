package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.workprivacy.rules.api.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes line results as {@link ResultRecord}s: as JSON Lines in UTF-8 bytes (the command line), or one
 * by one into a caller's generator (the service's array). Thread-safe.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = Json.mapper();

    private final VerdictText verdicts = new VerdictText(MAPPER.writer());
    private final boolean withId;

    public ResultJson(boolean withId) {
        this.withId = withId;
    }

    /**
     * The results as JSON Lines, UTF-8, each ending in a newline: bytes ready to be written as they are, so
     * that the one thread writing the output only copies (the workers serialize, in parallel).
     */
    public byte[] write(List<LineResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(results.size() * 1024);
        try (JsonGenerator json = MAPPER.createGenerator(bytes)) {
            json.setRootValueSeparator(null); // each record ends in its own newline instead
            for (LineResult result : results) {
                write(result, json);
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One result into {@code json} (no separator): the fields of {@link ResultRecord}, in its order. */
    public void write(LineResult result, JsonGenerator json) throws IOException {
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
            if (!decided.decisionId().isEmpty()) {
                json.writeStringField("decisionId", decided.decisionId());
            }
            json.writeFieldName("verdict");
            json.writeRawValue(verdicts.of(decided.verdict()));
        } else {
            LineError error = ((LineResult.Failed) result).error();
            json.writeObjectFieldStart("error");
            json.writeStringField("kind", error.kind().json());
            json.writeStringField("field", error.field());
            json.writeStringField("message", error.message());
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
