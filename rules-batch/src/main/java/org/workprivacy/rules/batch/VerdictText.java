package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 */
final class VerdictText {
    static final int CAPACITY = 4_096;

    private final ObjectWriter writer;
    private final Map<Verdict, String> known = new ConcurrentHashMap<>();

    VerdictText(ObjectWriter writer) {
        this.writer = writer.forType(Verdict.class);
    }

    String of(Verdict verdict) {
        String json = known.get(verdict);
        if (json != null) {
            return json;
        }
        try {
            json = writer.writeValueAsString(verdict);
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
