package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * The JSON of verdicts, remembered by value. A batch gives the same few verdicts again and again (equal
 * situations, and different situations denied for the same reasons), and turning a verdict with its
 * messages and legal bases into JSON cost more than deciding a remembered situation (profile in
 * docs/benchmarks.md); an equal verdict has the same JSON, so it is written once. Bounded: emptied when
 * full, as the engine's remembered verdicts are. Thread-safe.
 *
 * <p>Kept as a {@link SerializedString}, which keeps its UTF-8 bytes once made: a UTF-8 generator then copies them,
 * where a {@code String} is encoded again character by character on every line (an eighth of a batch's CPU).
 */
final class VerdictText {
    static final int CAPACITY = 4_096;

    private final ObjectWriter writer;
    private final Map<Verdict, SerializableString> known = new ConcurrentHashMap<>();

    VerdictText(ObjectWriter writer) {
        this.writer = writer.forType(Verdict.class);
    }

    SerializableString of(Verdict verdict) {
        SerializableString json = known.get(verdict);
        if (json != null) {
            return json;
        }
        try {
            json = new SerializedString(writer.writeValueAsString(verdict));
            json.asUnquotedUTF8(); // made once here, not by the first lines that write it at the same time
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (known.size() >= CAPACITY) {
            known.clear();
        }
        known.put(verdict, json);
        return json;
    }
}
