package org.workprivacy.rules.drools.decide;

import java.time.Duration;
import java.util.Optional;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * How long one run of the rules over one situation may keep firing rules (a decision with facts left open
 * runs them once per completion it tries, and the number of those is bounded by its own work budget). The
 * sandbox leaves rules nothing that refires, so this is the backstop for what it does not know: once the
 * limit has passed no further rule fires, and the decision gives no verdict but an error naming the rule
 * that was about to fire again.
 *
 * <p>Checked by the deciding thread itself, before each rule fires (as the session's agenda filter): no
 * timer thread, no hand-over per decision, one clock read per firing. A run that ends by itself is never
 * failed, however slow (a pause of the whole JVM is no reason to refuse a verdict). What it cannot stop is a
 * single condition or consequence that never returns; the sandbox refuses every construct that could
 * (calls, loops, regular expressions), see docs/reliability.md.
 */
record DecisionTimeLimit(Duration limit) {
    /** Generous: a run takes microseconds, a loaded machine may add milliseconds. */
    static final DecisionTimeLimit DEFAULT =
            new DecisionTimeLimit(Duration.ofMillis(Long.getLong("workprivacy.decisionTimeLimitMillis", 2_000)));

    DecisionTimeLimit {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the decision time limit must be positive, was " + limit);
        }
    }

    /** A deadline for one decision starting now. */
    Deadline start() {
        return new Deadline(this, System.nanoTime() + limit.toNanos());
    }

    String describe() {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /**
     * One decision's deadline. As the agenda filter it lets no rule fire once the deadline has passed, so
     * a rule set that keeps refiring stops, and it remembers the rule that was next. Used by one thread.
     */
    static final class Deadline implements AgendaFilter {
        private final DecisionTimeLimit limit;
        private final long endNanos;
        private String stoppedAt;
        private boolean passed;

        private Deadline(DecisionTimeLimit limit, long endNanos) {
            this.limit = limit;
            this.endNanos = endNanos;
        }

        @Override
        public boolean accept(Match match) {
            if (passed || System.nanoTime() - endNanos > 0) {
                passed = true;
                if (stoppedAt == null) {
                    stoppedAt = match.getRule().getName();
                }
                return false;
            }
            return true;
        }

        /** The rule that was about to fire when the deadline passed, if one was. */
        Optional<String> stoppedAt() {
            return Optional.ofNullable(stoppedAt);
        }

        DecisionTimeLimit limit() {
            return limit;
        }

        /** Throws {@link Passed} if the deadline stopped a rule from firing. */
        void check() {
            if (stoppedAt != null) {
                throw new Passed(this);
            }
        }
    }

    /** Thrown on the deciding thread when its deadline has passed; {@link RuleFailure} names the rule. */
    static final class Passed extends RuntimeException {
        private final transient Deadline deadline;

        Passed(Deadline deadline) {
            super("the decision took longer than " + deadline.limit().describe(), null, false, false);
            this.deadline = deadline;
        }

        Deadline deadline() {
            return deadline;
        }
    }
}
