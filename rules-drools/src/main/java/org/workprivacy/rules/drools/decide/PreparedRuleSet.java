package org.workprivacy.rules.drools.decide;

import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.workprivacy.rules.drools.load.RuleSet;

/**
 * A compiled rule set made ready for deciding, once per version, so that a decision does only
 * per-decision work: a pool of reusable sessions, each rule's metadata read once, and reasons and
 * conditions built once.
 *
 * <p>Sessions come from {@link KieSessionsPool}: each decision takes a fresh stateless session handle
 * (which owns its globals, so the per-decision collector never leaks between decisions or threads);
 * executing it borrows a working memory from the pool, binds that handle's globals to it, and resets
 * and returns it afterwards. The pool is never shut down: a decision that started on a version may still
 * be using it after a reload, and the garbage collector reclaims it with its rule set.
 */
final class PreparedRuleSet {
    private final RuleSet ruleSet;
    private final KieSessionsPool sessions;
    private final RuleIndex rules;
    private final VerdictParts parts;

    PreparedRuleSet(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.sessions = ruleSet.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = new RuleIndex(ruleSet.kieBase());
        this.parts = new VerdictParts(ruleSet.messages());
    }

    RuleSet ruleSet() {
        return ruleSet;
    }

    StatelessKieSession newSession() {
        return sessions.newStatelessKieSession();
    }

    RuleIndex rules() {
        return rules;
    }

    VerdictParts parts() {
        return parts;
    }
}
