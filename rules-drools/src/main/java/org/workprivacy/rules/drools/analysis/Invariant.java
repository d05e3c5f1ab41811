package org.workprivacy.rules.drools.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.workprivacy.rules.api.facts.Fact;

/**
 * One invariant of a scenario, read from its {@code .invariants.yaml}: in every situation that matches
 * {@code when}, the verdict {@code never} or {@code always} has the property.
 *
 * <ul>
 *   <li>{@code outcome}: the verdict's outcome is the one named;</li>
 *   <li>{@code reason}: the verdict has a reason with that code (a verdict DENIED because a decisive fact is
 *       not stated has the reason {@code missing-facts});</li>
 *   <li>{@code condition}: for {@code never}, no verdict carries the condition; for {@code always}, every
 *       ALLOWED verdict carries it (a DENIED verdict carries no conditions and does not count against it).</li>
 * </ul>
 *
 * @param when facts named in {@code when} and what they may be; facts not named may be anything, or not stated
 */
record Invariant(String id, String sentence, List<String> legalBasis, String file, int line, String scenario,
                 Map<Fact, FactPattern> when, boolean always, Property property, String value) {

    enum Property { OUTCOME, REASON, CONDITION }

    Invariant {
        Objects.requireNonNull(id, "id");
        legalBasis = List.copyOf(legalBasis);
        when = Map.copyOf(when);
    }

    String location() {
        return file + ":" + line;
    }

    /** The invariant in words, as shown in reports: {@code never ALLOWED}, {@code always reason x}. */
    String rule() {
        return (always ? "always " : "never ") + (property == Property.OUTCOME ? value : property.name().toLowerCase() + " " + value);
    }
}
