package org.workprivacy.rules.api;

import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Decides one workplace-privacy situation. Implementations are immutable and safe to share between
 * threads; a decision never throws for a well-formed situation: missing facts and unknown cases give
 * a DENIED verdict with reasons, never ALLOWED by accident.
 */
public interface DecisionEngine {

    /** Decides with messages in English. */
    default Verdict decide(Situation situation) {
        return decide(situation, Language.EN);
    }

    /** Decides with reason and condition messages in the given language. */
    Verdict decide(Situation situation, Language language);

    /** Decides and shows how: the rules that fired, in order, and how they were combined. */
    Explanation explain(Situation situation, Language language);

    /** The version (content hash) of the rule set that currently decides. */
    String ruleSetVersion();
}
