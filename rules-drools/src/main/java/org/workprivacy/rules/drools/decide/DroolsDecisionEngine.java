package org.workprivacy.rules.drools.decide;

import java.util.List;
import java.util.Objects;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.compile.RuleSet;

/**
 * Decides with one compiled rule set. Each decision runs with its own collector in a session that only
 * its thread uses (see {@link PreparedRuleSet}), so the engine is safe to share between threads.
 * Internal: embedders get it as a {@link ReloadableEngine} from {@code org.workprivacy.rules.drools.DecisionEngines}.
 */
public final class DroolsDecisionEngine implements ReloadableEngine {
    static final String GLOBAL = "verdict";
    private final RuleSetHolder holder;
    private final DecisionTimeLimit timeLimit;

    DroolsDecisionEngine(RuleSetHolder holder) {
        this(holder, DecisionTimeLimit.DEFAULT);
    }

    DroolsDecisionEngine(RuleSetHolder holder, DecisionTimeLimit timeLimit) {
        this.holder = holder;
        this.timeLimit = timeLimit;
    }

    @Override
    public Verdict decide(Situation situation, Language language) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(language, "language");
        // Read the rule set once: a decision never mixes two versions, even during a reload.
        PreparedRuleSet prepared = holder.current();
        return prepared.rememberedVerdicts().get(situation, language, () -> {
            FactSpace space = FactSpace.of(situation.scenario());
            Object[] values = space.values(situation);
            if (PartialEvaluation.complete(values)) {
                return new VerdictCombiner(prepared.parts(), language)
                        .verdict(situation.scenario().id(), prepared.ruleSet().version(),
                                fire(prepared, situation, false, timeLimit));
            }
            return partial(prepared, space, values, language, false, timeLimit).verdict();
        });
    }

    @Override
    public Explanation explain(Situation situation, Language language) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(language, "language");
        PreparedRuleSet prepared = holder.current();
        FactSpace space = FactSpace.of(situation.scenario());
        Object[] values = space.values(situation);
        if (PartialEvaluation.complete(values)) {
            List<FiredRule> fired = fire(prepared, situation, true, timeLimit);
            return new VerdictCombiner(prepared.parts(), language)
                    .explain(situation.scenario().id(), prepared.ruleSet().version(), fired);
        }
        PartialEvaluation.Result result = partial(prepared, space, values, language, true, timeLimit);
        return new Explanation(result.verdict(), result.firedInEveryCompletion(), result.combination(), result.openFacts());
    }

    private static PartialEvaluation.Result partial(PreparedRuleSet prepared, FactSpace space, Object[] values,
                                                    Language language, boolean withMatches,
                                                    DecisionTimeLimit timeLimit) {
        String scenario = space.scenario().id();
        String version = prepared.ruleSet().version();
        VerdictCombiner combiner = new VerdictCombiner(prepared.parts(), language);
        // Without matched facts, what a rule contributes depends only on the facts it reads: Drools is asked only for
        // projections it has not answered before (FiringMemo). With them (explain), every completion goes to Drools.
        // A complete situation (decide above) always runs the rules: the memo serves only what partial evaluation
        // already takes from RuleReads, and a complete decision costs a few µs.
        FiringMemo memo = withMatches ? null : prepared.firingMemo(space);
        return prepared.partialEvaluation(space).evaluate(values, language, scenario, version, withMatches,
                memo == null ? completion -> fire(prepared, completion, withMatches, timeLimit)
                        : completion -> memo.fire(space.values(completion), () -> fire(prepared, completion, false, timeLimit)),
                fired -> combiner.verdict(scenario, version, fired));
    }

    private static List<FiredRule> fire(PreparedRuleSet prepared, Situation situation, boolean withMatches,
                                        DecisionTimeLimit timeLimit) {
        VerdictCollector collector = new VerdictCollector(prepared.rules(), withMatches);
        try {
            // A limit per run of the rules (one per completion of open facts, whose number is bounded apart).
            prepared.fire(situation, GLOBAL, collector, timeLimit.start());
        } catch (DecisionTimeLimit.Passed passed) {
            throw RuleFailure.timedOut(passed.deadline(), prepared.ruleSet(), situation.scenario().id());
        } catch (RuntimeException e) {
            throw RuleFailure.of(e, prepared.ruleSet(), situation.scenario().id()); // names the rule, file and line
        }
        return collector.fired();
    }

    @Override
    public String ruleSetVersion() {
        return holder.current().ruleSet().version();
    }

    /**
     * Rereads the rule files and, if they changed and compile cleanly, decides with them from now on.
     * Decisions already running finish on the version they started with. An engine on the bundled rules
     * or on a fixed rule set reports no change.
     */
    @Override
    public ReloadResult reload() {
        return holder.reload();
    }

    @Override
    public List<RuleProblem> problems() {
        return holder.current().ruleSet().warnings();
    }

    /**
     * An engine pinned to the rule set deciding now: it shares that rule set's sessions, and a reload of
     * this engine does not change it. Cheap enough to take per request, so that a request never mixes two
     * versions. Once a reload retires the rule set, decisions on the pinned engine still work but each
     * opens and disposes its own session.
     */
    @Override
    public DroolsDecisionEngine pinned() {
        return new DroolsDecisionEngine(new RuleSetHolder(holder.current()), timeLimit);
    }

    /** The rule set deciding right now. */
    public RuleSet ruleSet() {
        return holder.current().ruleSet();
    }
}
