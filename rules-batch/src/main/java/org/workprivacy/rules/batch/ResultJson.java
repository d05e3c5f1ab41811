package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes line results as {@link ResultRecord}s: as JSON Lines in UTF-8 bytes (the command line), or one
 * by one into a caller's generator (the service's array). Thread-safe.
 */
public final class ResultJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final ObjectWriter records = MAPPER.writerFor(ResultRecord.class)
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
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

    /** One result into {@code json} (no separator). */
    public void write(LineResult result, JsonGenerator json) throws IOException {
        records.writeValue(json, ResultRecord.of(result, withId));
    }
}
