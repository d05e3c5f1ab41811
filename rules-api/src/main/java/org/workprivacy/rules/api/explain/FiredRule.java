package org.workprivacy.rules.api.explain;

import java.util.List;
import java.util.Objects;

/**
 * One rule that fired while deciding, in firing order.
 *
 * @param ruleId     the rule's name in its rule file
 * @param code       the rule's reason code ({@code @code} metadata)
 * @param effect     what the rule contributed
 * @param detail     the condition code; empty for allow and deny
 * @param legalBasis the rule's citations ({@code @legalBasis} metadata)
 * @param matched    the facts the rule matched, as text
 */
public record FiredRule(String ruleId, String code, Effect effect, String detail, List<String> legalBasis,
                        List<String> matched) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public FiredRule {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(detail, "detail");
        legalBasis = List.copyOf(legalBasis);
        matched = List.copyOf(matched);
    }
}
