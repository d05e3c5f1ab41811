package org.workprivacy.rules.api;

import java.util.List;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.ruleset.RuleProblem;

/**
 * A decision engine on rule files that can change while it runs (legal staff edit a rules directory).
 * A reload never interrupts decisions: those already running finish on the version they started with,
 * and a broken edit is refused while the last good rule set keeps deciding.
 */
public interface ReloadableEngine extends DecisionEngine {

    /**
     * Rereads the rule files and, if they changed and compile cleanly, decides with them from now on.
     *
     * @return whether the rule set changed, the version deciding now, and the problems of a refused edit
     */
    ReloadResult reload();

    /**
     * An engine fixed on the rule set deciding now: a later reload does not change it. Cheap enough to
     * take per request or per batch, so that one request never mixes two rule-set versions.
     *
     * @return an engine that keeps deciding with the current version
     */
    DecisionEngine pinned();

    /**
     * The warnings of the rule set deciding now (a rule set with errors never decides).
     *
     * @return the warnings, each located as {@code file:line:column}; empty when there are none
     */
    List<RuleProblem> problems();
}
