package org.workprivacy.rules.drools.decide;

import java.util.List;
import org.workprivacy.rules.api.ruleset.RuleProblem;

/**
 * What a reload did: whether a new rule set now decides, the version deciding after the reload, and
 * the problems that kept a broken edit out.
 */
public record ReloadResult(boolean changed, String version, List<RuleProblem> problems) {
    public ReloadResult {
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
