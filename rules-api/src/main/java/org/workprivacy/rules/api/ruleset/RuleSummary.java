package org.workprivacy.rules.api.ruleset;

import java.util.List;
import java.util.Objects;

/**
 * One rule as legal staff wrote it: its name, the file it is in, its reason code and legal basis.
 *
 * @param name       the rule's name, the sentence a lawyer would say
 * @param file       the rule file, relative to the rules directory
 * @param code       the reason code the rule gives; empty when it gives none
 * @param legalBasis the articles the rule cites
 */
public record RuleSummary(String name, String file, String code, List<String> legalBasis) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public RuleSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        legalBasis = List.copyOf(legalBasis);
    }
}
