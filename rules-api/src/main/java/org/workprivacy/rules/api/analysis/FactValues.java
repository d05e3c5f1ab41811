package org.workprivacy.rules.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The values the analysis tried for one fact, as written in situation JSON, besides "not stated".
 *
 * @param fact   the fact's name
 * @param type   {@code yes/no}, {@code choice} or {@code number}
 * @param values the values tried; for a number: 0, each threshold a rule or invariant compares it with and
 *               one either side, and a large value (between two neighbouring values no comparison changes)
 */
public record FactValues(String fact, String type, List<String> values) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public FactValues {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
    }
}
