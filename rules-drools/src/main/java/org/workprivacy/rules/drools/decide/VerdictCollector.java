package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.drools.load.RuleMetadata;

/**
 * The only thing a rule's consequence may touch (bound as the global {@code verdict}): it records what
 * the rule contributes, with the rule's own metadata. One instance per decision; not shared.
 */
public final class VerdictCollector {
    private final List<FiredRule> fired = new ArrayList<>();

    /** The rule permits the action. */
    public void allow(RuleContext kcontext) {
        record(kcontext, Effect.ALLOW, "");
    }

    /** The rule forbids the action. */
    public void deny(RuleContext kcontext) {
        record(kcontext, Effect.DENY, "");
    }

    /** The rule attaches its own code as an obligation to a permission (shown only if the verdict is ALLOWED). */
    public void condition(RuleContext kcontext) {
        record(kcontext, Effect.CONDITION, RuleMetadata.code(kcontext.getRule().getMetaData()));
    }

    /** The rule needs {@code fact}, which the caller did not state. */
    public void missing(RuleContext kcontext, String fact) {
        record(kcontext, Effect.MISSING_FACT, fact);
    }

    List<FiredRule> fired() {
        return List.copyOf(fired);
    }

    private void record(RuleContext kcontext, Effect effect, String detail) {
        var rule = kcontext.getRule();
        List<String> matched = kcontext.getMatch().getObjects().stream().map(String::valueOf).toList();
        fired.add(new FiredRule(rule.getName(), RuleMetadata.code(rule.getMetaData()), effect, detail,
                RuleMetadata.legalBasis(rule.getMetaData()), matched));
    }
}
