package org.workprivacy.rules.drools.load;

import java.util.List;
import org.kie.api.KieBase;

/** A compiled, immutable rule set: the rule base plus what legal staff wrote beside it. */
public record RuleSet(String version, RuleSetFiles files, KieBase kieBase, Messages messages, List<RuleInfo> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }
}
