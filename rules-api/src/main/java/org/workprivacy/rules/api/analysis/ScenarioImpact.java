package org.workprivacy.rules.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The change impact of an edit on one scenario. A situation is counted once per kind of change.
 *
 * @param scenario          the scenario id
 * @param situations        the situations compared (complete and with facts not stated)
 * @param allowedToDenied   situations ALLOWED before and DENIED after
 * @param deniedToAllowed   situations DENIED before and ALLOWED after
 * @param reasonsChanged    situations with the same outcome but another set of reason codes
 * @param conditionsChanged situations ALLOWED before and after with another set of condition codes
 * @param examples          a few situations of each kind, decided before and after
 */
public record ScenarioImpact(String scenario, long situations, long allowedToDenied, long deniedToAllowed,
                             long reasonsChanged, long conditionsChanged, List<Change> examples) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public ScenarioImpact {
        Objects.requireNonNull(scenario, "scenario");
        examples = List.copyOf(examples);
    }

    /** The edit changes no verdict of this scenario: no outcome, reason or condition. */
    public boolean unchanged() {
        return allowedToDenied == 0 && deniedToAllowed == 0 && reasonsChanged == 0 && conditionsChanged == 0;
    }

    /** The kinds of change. */
    public enum Kind {
        ALLOWED_TO_DENIED, DENIED_TO_ALLOWED, REASONS_CHANGED, CONDITIONS_CHANGED
    }

    /** One changed situation: its verdict before and after the edit. */
    public record Change(Kind kind, Example before, Example after) {
        /** The canonical constructor: refuses null components. */
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }
}
