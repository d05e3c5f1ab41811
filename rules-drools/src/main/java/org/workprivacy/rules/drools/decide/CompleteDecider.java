package org.workprivacy.rules.drools.decide;

import java.util.List;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.compile.RuleSet;

/**
 * Decides complete situations (every fact stated) for the rule-set analysis, returning the verdict and
 * every rule that fired, and tells which values of a fact the rules can tell apart. It is the only place
 * the analysis runs rules; safe to use from several threads (each has its own session).
 */
public final class CompleteDecider {
    /** The verdict of a complete situation and the rules that fired for it, in order. */
    public record Decision(Verdict verdict, List<FiredRule> fired) {
    }

    private final PreparedRuleSet prepared;

    public CompleteDecider(RuleSet ruleSet) {
        this.prepared = new PreparedRuleSet(ruleSet);
    }

    /** Decides a situation whose facts are all stated (in English). */
    public Decision decide(Situation complete) {
        VerdictCollector collector = new VerdictCollector(prepared.rules(), false);
        try {
            prepared.fire(complete, DroolsDecisionEngine.GLOBAL, collector);
        } catch (RuntimeException e) {
            throw new org.workprivacy.rules.api.ruleset.RuleSetException("a rule failed while deciding "
                    + complete.scenario().id() + ": " + e.getMessage(), e);
        }
        List<FiredRule> fired = List.copyOf(collector.fired());
        Verdict verdict = new VerdictCombiner(prepared.parts(), Language.EN)
                .verdict(complete.scenario().id(), prepared.ruleSet().version(), fired);
        return new Decision(verdict, fired);
    }

    /** The whole numbers the rule texts compare {@code fact} with (as the engine's partial evaluation uses them). */
    public List<Integer> thresholds(String fact) {
        return prepared.vocabulary().thresholds(fact);
    }

    public RuleSet ruleSet() {
        return prepared.ruleSet();
    }
}
