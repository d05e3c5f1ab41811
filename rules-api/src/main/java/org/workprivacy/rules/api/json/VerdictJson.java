package org.workprivacy.rules.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import org.workprivacy.rules.api.verdict.Verdict;

/** Writes verdicts as JSON (and reads them back, for clients of the decision service). */
public final class VerdictJson {
    private final ObjectMapper compact = Json.mapper();
    private final ObjectWriter pretty = Json.pretty();

    /** The verdict as compact JSON on one line (JSON Lines, logs). */
    public String write(Verdict verdict) {
        return write(compact.writer(), verdict);
    }

    /** The verdict as indented JSON, for people. */
    public String writePretty(Verdict verdict) {
        return write(pretty, verdict);
    }

    /**
     * Reads a verdict written by {@link #write(Verdict)}.
     *
     * @throws java.io.UncheckedIOException if {@code json} is not such a verdict
     */
    public Verdict read(String json) {
        try {
            return compact.readValue(json, Verdict.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectWriter writer, Verdict verdict) {
        try {
            return writer.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
