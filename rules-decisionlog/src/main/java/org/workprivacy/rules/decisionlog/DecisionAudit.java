package org.workprivacy.rules.decisionlog;

import java.util.Optional;
import org.workprivacy.rules.api.DecisionEngine;

/**
 * The decision log, configured once for a program (the command line, the service, a batch): every answer
 * decides through a {@link Delivery} made here, which logs its decisions once the answer was delivered.
 * Without a log it costs nothing and logs nothing. Safe to share between threads.
 */
public final class DecisionAudit {
    private static final DecisionAudit NONE = new DecisionAudit(Optional.empty());

    private final Optional<DecisionLog> log;

    private DecisionAudit(Optional<DecisionLog> log) {
        this.log = log;
    }

    /** No decision log: deliveries only decide. */
    public static DecisionAudit none() {
        return NONE;
    }

    /** Decisions delivered are appended to {@code log}. */
    public static DecisionAudit to(DecisionLog log) {
        return new DecisionAudit(Optional.of(log));
    }

    public static DecisionAudit of(Optional<DecisionLog> log) {
        return log.map(DecisionAudit::to).orElse(NONE);
    }

    /** The log, when there is one. */
    public Optional<DecisionLog> log() {
        return log;
    }

    /** A new answer, deciding with {@code engine} (for example the rule set of one request). */
    public Delivery delivery(DecisionEngine engine) {
        return new Delivery(engine, log);
    }
}
