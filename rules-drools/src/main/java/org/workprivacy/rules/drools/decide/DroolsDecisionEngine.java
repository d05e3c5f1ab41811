package org.workprivacy.rules.drools.decide;

import java.util.Objects;
import org.kie.api.runtime.StatelessKieSession;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.load.RuleSet;

/**
 * Decides with one compiled rule set. Each decision runs in its own stateless session with its own
 * collector, so the engine is safe to share between threads. Build one with {@link DecisionEngines}.
 */
public final class DroolsDecisionEngine implements DecisionEngine {
    static final String GLOBAL = "verdict";
    private final RuleSetHolder holder;

    DroolsDecisionEngine(RuleSetHolder holder) {
        this.holder = holder;
    }

    @Override
    public Verdict decide(Situation situation, Language language) {
        return explain(situation, language).verdict();
    }

    @Override
    public Explanation explain(Situation situation, Language language) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(language, "language");
        // Read the rule set once: a decision never mixes two versions, even during a reload.
        RuleSet ruleSet = holder.current();
        VerdictCollector collector = new VerdictCollector();
        StatelessKieSession session = ruleSet.kieBase().newStatelessKieSession();
        session.setGlobal(GLOBAL, collector);
        try {
            session.execute(situation);
        } catch (RuntimeException e) {
            throw new RuleSetException("a rule failed while deciding " + situation.scenario().id() + ": "
                    + e.getMessage(), e);
        }
        return new VerdictCombiner(ruleSet.messages(), language)
                .combine(situation.scenario().id(), ruleSet.version(), collector.fired());
    }

    @Override
    public String ruleSetVersion() {
        return holder.current().version();
    }

    /**
     * Rereads the rule files and, if they changed and compile cleanly, decides with them from now on.
     * Decisions already running finish on the version they started with.
     */
    public ReloadResult reload() {
        return holder.reload();
    }

    /** The rule set deciding right now. */
    public RuleSet ruleSet() {
        return holder.current();
    }
}
