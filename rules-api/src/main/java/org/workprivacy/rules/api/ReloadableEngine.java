package org.workprivacy.rules.api;

import org.workprivacy.rules.api.ruleset.ReloadResult;

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
}
