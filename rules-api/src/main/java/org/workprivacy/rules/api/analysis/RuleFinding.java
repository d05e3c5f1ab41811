package org.workprivacy.rules.api.analysis;

import java.util.Objects;

/**
 * A rule the analysis has something to say about.
 *
 * @param rule the rule's name
 * @param file the rule file it is in
 * @param code its {@code @code}
 * @param why  what was found, in words
 */
public record RuleFinding(String rule, String file, String code, String why) {
    /** The canonical constructor: refuses null components. */
    public RuleFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(why, "why");
    }
}
