package org.workprivacy.rules.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * What became of one input: a verdict, or an error record. Exactly one per input, engine-free (API types
 * only), shared by the command line, the service and other batch front ends.
 */
public sealed interface LineResult {
    /** The input's position, counting from 1: its line in JSON Lines, its place in an array. */
    long line();

    /** The caller's id copied from the input (its id field), when asked for and present. */
    Optional<JsonNode> id();

    /** The input held a valid situation and the rules decided it; {@code decisionId} is "" when it has none. */
    record Decided(long line, Optional<JsonNode> id, String decisionId, Situation situation, Verdict verdict,
                   Instant decidedAt) implements LineResult {
    }

    /** The input got no verdict, and why. */
    record Failed(long line, Optional<JsonNode> id, LineError error) implements LineResult {
        /** A rule (or the engine) failed on a valid situation, rather than the input being wrong. */
        public boolean ruleFailure() {
            return error.kind() != LineError.Kind.INVALID_SITUATION;
        }
    }
}
