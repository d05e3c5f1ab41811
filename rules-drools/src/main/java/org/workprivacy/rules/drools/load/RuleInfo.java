package org.workprivacy.rules.drools.load;

import java.util.List;

/** What a rule declares about itself: its name, the file it lives in, its reason code and legal basis. */
public record RuleInfo(String name, String file, String code, List<String> legalBasis) {
    public RuleInfo {
        legalBasis = List.copyOf(legalBasis);
    }
}
