package org.workprivacy.rules.service;

import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.ReloadResult;

/** A reload as a line (or a few) for the service's log. */
final class ReloadReport {
    private ReloadReport() {
    }

    static String describe(String trigger, ReloadResult result) {
        if (result.failed()) {
            StringBuilder text = new StringBuilder(trigger).append(": the rules have errors; still deciding with ")
                    .append(result.version());
            for (RuleProblem problem : result.problems()) {
                text.append(System.lineSeparator()).append("  ").append(problem.located());
            }
            return text.toString();
        }
        return trigger + (result.changed() ? ": rules reloaded; now deciding with " : ": no change; deciding with ")
                + result.version();
    }
}
