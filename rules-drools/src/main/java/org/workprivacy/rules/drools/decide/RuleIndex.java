package org.workprivacy.rules.drools.decide;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.workprivacy.rules.drools.load.RuleMetadata;

/**
 * Each rule's name, code and legal basis, read from its metadata once per rule base instead of on every
 * firing. Read-only after construction, so shared by all threads.
 */
final class RuleIndex {
    record Entry(String name, String code, List<String> legalBasis) {
    }

    private final Map<Rule, Entry> byRule = new IdentityHashMap<>();
    private final List<Rule> all = new java.util.ArrayList<>();

    RuleIndex(List<Rule> compiled) {
        for (Rule rule : compiled) {
            byRule.put(rule, read(rule));
            all.add(rule);
        }
    }

    /** Every rule of the rule base, in the order the rule base lists them. */
    List<Rule> all() {
        return List.copyOf(all);
    }

    Entry of(Rule rule) {
        Entry entry = byRule.get(rule);
        // A rule object the kie base did not list (should not happen) is read the slow way, never guessed.
        return entry != null ? entry : read(rule);
    }

    private static Entry read(Rule rule) {
        return new Entry(rule.getName(), RuleMetadata.code(rule.getMetaData()), RuleMetadata.legalBasis(rule.getMetaData()));
    }
}
