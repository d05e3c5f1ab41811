package org.workprivacy.rules.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.decisionlog.Delivery;

/**
 * Decides one input of a batch into its {@link LineResult}: the one place that reads an input, decides it
 * and turns every failure into an error record, for the command line's JSON Lines, the service's arrays
 * and any other front end. Fail closed: whatever goes wrong, that input gets no verdict, and the batch goes
 * on. Thread-safe; each call decides through the {@link Delivery} of the answer it belongs to, so the
 * decision log hears of it once that answer is delivered.
 */
public final class BatchDecider {
    private final SituationLine situations;
    private final Language language;

    /** @param idField the caller's own key on each input, copied into its result as {@code "id"} */
    public BatchDecider(Optional<String> idField, Language language) {
        this.situations = new SituationLine(idField);
        this.language = language;
    }

    /** One line of JSON Lines. */
    public LineResult decide(Delivery engine, InputLine line) {
        return decide(engine, line.number(), situations.read(line), "");
    }

    /** One element of a parsed array, at {@code position} counting from 1, with the answer's decision id. */
    public LineResult decide(Delivery engine, long position, JsonNode element, String decisionId) {
        return decide(engine, position, situations.read(element), decisionId);
    }

    private LineResult decide(Delivery engine, long position, SituationLine.Reading reading, String decisionId) {
        if (reading instanceof SituationLine.Unreadable unreadable) {
            return new LineResult.Failed(position, unreadable.id(), unreadable.error());
        }
        SituationLine.Read read = (SituationLine.Read) reading;
        try {
            Verdict verdict = engine.decide(decisionId, read.situation(), language);
            return new LineResult.Decided(position, read.id(), decisionId, read.situation(), verdict, Instant.now());
        } catch (RuleSetException e) {
            return new LineResult.Failed(position, read.id(), new LineError(LineError.Kind.RULE_FAILED, "",
                    e.getMessage() + "; no verdict was given"));
        } catch (RuntimeException e) {
            return new LineResult.Failed(position, read.id(), new LineError(LineError.Kind.INTERNAL_ERROR, "",
                    "internal error while deciding (" + e.getClass().getName() + "); no verdict was given"));
        }
    }
}
