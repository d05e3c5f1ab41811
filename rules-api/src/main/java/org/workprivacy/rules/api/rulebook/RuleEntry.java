package org.workprivacy.rules.api.rulebook;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.verdict.Language;

/**
 * One rule as its file states it.
 *
 * @param name             the rule's name, the sentence a lawyer would say
 * @param code             its reason or condition code
 * @param file             the rule file, relative to the rule-set root
 * @param line             the line of its header in that file (0 when not found)
 * @param decisionLanguage whether {@code when} and {@code then} are decision-language sentences (.dslr);
 *                         otherwise they are the DRL lines as written
 * @param when             the lines of its condition, as written, without comments
 * @param then             the lines of its consequence, as written
 * @param effect           what it contributes (allow, deny, condition), when that can be read from its consequence
 * @param messages         the text of its code per language; a language without a text is absent
 * @param legalBasis       its citations
 * @param cases            the names of the casebook cases in which it fires
 */
public record RuleEntry(String name, String code, String file, int line, boolean decisionLanguage, List<String> when,
                        List<String> then, Optional<Effect> effect, Map<Language, String> messages,
                        List<String> legalBasis, List<String> cases) {
    public RuleEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        when = List.copyOf(when);
        then = List.copyOf(then);
        Objects.requireNonNull(effect, "effect");
        messages = Map.copyOf(messages);
        legalBasis = List.copyOf(legalBasis);
        cases = List.copyOf(cases);
    }

    /** Whether some casebook case fires this rule. */
    public boolean covered() {
        return !cases.isEmpty();
    }
}
