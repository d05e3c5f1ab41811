package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.json.StatedFacts;
import org.workprivacy.rules.api.situation.Situation;

/**
 * The only thing a rule's consequence may touch (bound as the global {@code verdict}): it records what
 * the rule contributes, with the rule's own metadata. One instance per decision; not shared.
 */
public final class VerdictCollector {
    private final RuleIndex rules;
    private final boolean withMatches;
    private final List<FiredRule> fired = new ArrayList<>();

    /**
     * @param withMatches also record the matched facts as text; only an explanation shows them, and
     *                    turning a situation into text costs more than the rest of a decision
     */
    VerdictCollector(RuleIndex rules, boolean withMatches) {
        this.rules = rules;
        this.withMatches = withMatches;
    }

    /** The rule permits the action. */
    public void allow(RuleContext kcontext) {
        record(kcontext, Effect.ALLOW, null);
    }

    /** The rule forbids the action. */
    public void deny(RuleContext kcontext) {
        record(kcontext, Effect.DENY, null);
    }

    /** The rule attaches its own code as an obligation to a permission (shown only if the verdict is ALLOWED). */
    public void condition(RuleContext kcontext) {
        record(kcontext, Effect.CONDITION, rules.of(kcontext.getRule()).code());
    }

    List<FiredRule> fired() {
        return fired;
    }

    private void record(RuleContext kcontext, Effect effect, String detail) {
        RuleIndex.Entry rule = rules.of(kcontext.getRule());
        List<String> matched = withMatches
                ? kcontext.getMatch().getObjects().stream().map(VerdictCollector::asWritten).toList()
                : List.of();
        fired.add(new FiredRule(rule.name(), rule.code(), effect, detail == null ? "" : detail, rule.legalBasis(), matched));
    }

    /** A matched situation in the user's words ({@code method=password-reset}), not as Java prints it. */
    private static String asWritten(Object matched) {
        return matched instanceof Situation situation ? StatedFacts.pairs(situation) : String.valueOf(matched);
    }
}
