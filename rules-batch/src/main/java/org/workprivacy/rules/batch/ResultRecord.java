package org.workprivacy.rules.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * The one output record of every batch front end, one per input, in input order:
 * {@code {"line": 1, "id": "HR-101", "verdict": {...}}} or {@code {"line": 3, "id": null, "error": {...}}}.
 * {@code id} is there only when the batch copies an id field ({@code null} for an input without one);
 * {@code decisionId} only where decisions get ids (the service).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "id", "decisionId", "verdict", "error"})
public record ResultRecord(
        @JsonPropertyDescription("The input's position, counting from 1: its line in JSON Lines, its place in an array.")
        long line,
        @JsonPropertyDescription("The input's own id (its id field), copied; null when the input had none.")
        JsonNode id,
        @JsonPropertyDescription("This decision's id, where decisions have one (the service).")
        String decisionId,
        Verdict verdict,
        LineError error) {

    /** The record of a result; {@code withId} when the batch copies an id field. */
    public static ResultRecord of(LineResult result, boolean withId) {
        JsonNode id = withId ? result.id().orElse(NullNode.getInstance()) : null;
        if (result instanceof LineResult.Decided decided) {
            return new ResultRecord(decided.line(), id, decided.decisionId().isEmpty() ? null : decided.decisionId(),
                    decided.verdict(), null);
        }
        return new ResultRecord(result.line(), id, null, null, ((LineResult.Failed) result).error());
    }
}
