package org.workprivacy.rules.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for decisions, so that an auditor can join an answer to its decision-log line: a random part drawn
 * once per start (so ids do not repeat across restarts) and a counter, e.g. {@code 3f9a0c1e7b2d-42}.
 * Cheaper than a random UUID per request, and just as unique for this purpose.
 */
final class DecisionIds {
    private final String run;
    private final AtomicLong next = new AtomicLong();

    DecisionIds() {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        this.run = HexFormat.of().formatHex(random);
    }

    String next() {
        return run + "-" + next.incrementAndGet();
    }
}
