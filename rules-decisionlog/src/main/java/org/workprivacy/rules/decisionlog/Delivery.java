package org.workprivacy.rules.decisionlog;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * The decisions of one answer (a printed verdict, a chunk of batch output, an HTTP response): a
 * {@link DecisionEngine} that decides as the engine it wraps and holds each decision until
 * {@link #delivered()} logs them, in the order they were made. An answer that never gets there logs
 * nothing, so the log never claims a verdict nobody received (issue 12). Used by one thread at a time.
 */
public final class Delivery implements DecisionEngine {
    private final DecisionEngine engine;
    private final Optional<DecisionLog> log;
    private final List<DecisionLog.Decision> pending = new ArrayList<>();

    Delivery(DecisionEngine engine, Optional<DecisionLog> log) {
        this.engine = engine;
        this.log = log;
    }

    @Override
    public Verdict decide(Situation situation, Language language) {
        return decide("", situation, language);
    }

    /** Decides, with the id the answer gives this decision (the service's decision id), logged beside it. */
    public Verdict decide(String decisionId, Situation situation, Language language) {
        Verdict verdict = engine.decide(situation, language);
        if (log.isPresent()) {
            pending.add(new DecisionLog.Decision(decisionId, situation, verdict, Instant.now()));
        }
        return verdict;
    }

    @Override
    public Explanation explain(Situation situation, Language language) {
        return engine.explain(situation, language);
    }

    @Override
    public String ruleSetVersion() {
        return engine.ruleSetVersion();
    }

    /** Decisions made and not yet logged. */
    public int pending() {
        return pending.size();
    }

    /** The answer was delivered: logs its decisions in one write. The log failing is the caller's to report. */
    public void delivered() throws IOException {
        if (log.isPresent() && !pending.isEmpty()) {
            log.get().recordAll(List.copyOf(pending));
        }
        pending.clear();
    }
}
