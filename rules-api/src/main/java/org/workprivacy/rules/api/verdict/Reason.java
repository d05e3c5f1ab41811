package org.workprivacy.rules.api.verdict;

import java.util.List;
import java.util.Objects;

/**
 * Why a verdict came out as it did: the rule that decided, its stable code, a plain message and the
 * legal sources the rule rests on.
 */
public record Reason(String ruleId, String code, String message, List<String> legalBasis) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public Reason {
        Objects.requireNonNull(ruleId, "ruleId");
        Codes.requireKebabCase(code);
        Objects.requireNonNull(message, "message");
        legalBasis = List.copyOf(legalBasis);
    }
}
