package org.workprivacy.rules.api.verdict;

import java.util.List;
import java.util.Objects;

/**
 * The decision on one situation. A verdict always has at least one reason. Conditions only accompany
 * an ALLOWED outcome; missing facts (names of facts the caller must still supply) only a DENIED one.
 */
public record Verdict(
        String scenario,
        Outcome outcome,
        List<Reason> reasons,
        List<Condition> conditions,
        List<String> missingFacts,
        String ruleSetVersion) {

    /**
     * The canonical constructor: refuses null components and an inconsistent verdict, and keeps unmodifiable
     * copies of the lists.
     */
    public Verdict {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
        conditions = List.copyOf(conditions);
        missingFacts = List.copyOf(missingFacts);
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a verdict needs at least one reason");
        }
        if (outcome == Outcome.ALLOWED && !missingFacts.isEmpty()) {
            throw new IllegalArgumentException("an ALLOWED verdict cannot have missing facts");
        }
        if (outcome == Outcome.DENIED && !conditions.isEmpty()) {
            throw new IllegalArgumentException("conditions only accompany an ALLOWED verdict");
        }
    }

    /** The outcome is ALLOWED (with the {@link #conditions()} that come with it). */
    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }

    /** The reason codes, in order; what callers and casebooks compare. */
    public List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }

    /** The condition codes, in order; what callers and casebooks compare. */
    public List<String> conditionCodes() {
        return conditions.stream().map(Condition::code).toList();
    }
}
