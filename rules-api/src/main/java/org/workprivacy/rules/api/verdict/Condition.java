package org.workprivacy.rules.api.verdict;

import java.util.List;
import java.util.Objects;

/** An obligation that comes with a permission, e.g. "inform the employee afterwards". */
public record Condition(String code, String message, List<String> legalBasis) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public Condition {
        Codes.requireKebabCase(code);
        Objects.requireNonNull(message, "message");
        legalBasis = List.copyOf(legalBasis);
    }
}
