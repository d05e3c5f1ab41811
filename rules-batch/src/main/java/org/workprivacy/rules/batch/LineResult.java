package org.workprivacy.rules.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Verdict;

/** What became of one input line: a verdict, or an error naming the field. Exactly one per line. */
public sealed interface LineResult {
    /** The input line number, counting from 1. */
    long line();

    /** The caller's id copied from the line ({@code --id-field}), when asked for and present. */
    Optional<JsonNode> id();

    /** The line held a valid situation and the rules decided it. */
    record Decided(long line, Optional<JsonNode> id, Situation situation, Verdict verdict, Instant decidedAt)
            implements LineResult {
    }

    /**
     * The line got no verdict. {@code field} is the JSON path of the offending field, empty when the whole
     * line is at fault; {@code ruleFailure} marks a rule that failed while deciding a valid situation.
     */
    record Failed(long line, Optional<JsonNode> id, String field, String message, boolean ruleFailure)
            implements LineResult {
    }
}
