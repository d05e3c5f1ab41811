package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.drools.compile.RuleSet;

/**
 * A compiled rule set made ready for deciding, once per version, so that a decision does only
 * per-decision work: each rule's metadata read once, reasons and conditions built once, and one
 * reusable session per thread.
 *
 * <p>Sessions: each thread keeps its own stateful session and a decision inserts its one fact, fires,
 * and deletes the fact again, which leaves the session as empty as it found it; the per-decision
 * collector is bound as the global right before firing, and the session is never seen by two threads.
 * A session whose decision failed is thrown away. Measured against the alternatives (docs/benchmarks.md):
 * a fresh stateless session per decision builds a working memory every time, and
 * {@link org.kie.api.runtime.KieSessionsPool} resets the memories of every node of all scenarios when a
 * working memory goes back to the pool; both cost more than the insert and delete of one fact.
 *
 * <p>Retiring: the KieBase keeps every session it made until the session is disposed, so a rule set
 * replaced by a reload is {@link #retire() retired}: its idle sessions are disposed at once, a session in
 * use is disposed by its thread when its decision ends, and a decision that still runs on a retired rule
 * set (a batch pinned to it) uses a session that is disposed right after. The session of a thread that
 * ended is disposed when another thread opens one.
 */
final class PreparedRuleSet {
    private final RuleSet ruleSet;
    private final RuleIndex rules;
    private final VerdictParts parts;
    /** Each thread's session per rule base ({@link RuleSet#ruleBaseOf}). */
    private final ThreadLocal<Slot[]> sessions;
    /** Every live session of this rule set, so that {@link #retire()} can dispose them. */
    private final Set<Slot> live = ConcurrentHashMap.newKeySet();
    private volatile boolean retired;
    /** Read from the rule texts on first use: only partial evaluation needs them, and parsing the texts is not free. */
    private volatile RuleVocabulary vocabulary;
    private volatile RuleReads reads;
    private final java.util.concurrent.ConcurrentMap<Scenario, List<PartialEvaluation.ScenarioRule>> scenarioRules =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentMap<Scenario, FiringMemo> firingMemos = new ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentMap<Scenario, PartialEvaluation> partialEvaluations = new ConcurrentHashMap<>();
    private final RememberedVerdicts rememberedVerdicts = new RememberedVerdicts();

    PreparedRuleSet(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.rules = new RuleIndex(ruleSet.compiledRules());
        this.parts = new VerdictParts(ruleSet.messages());
        this.sessions = new ThreadLocal<>();
    }

    /** The rules that match {@code scenario}'s situations, each with the facts its text names. */
    List<PartialEvaluation.ScenarioRule> scenarioRules(FactSpace space) {
        return scenarioRules.computeIfAbsent(space.scenario(), scenario -> matching(space).stream()
                .map(e -> new PartialEvaluation.ScenarioRule(e.getKey().getName(), e.getValue())).toList());
    }

    /** Partial evaluation of {@code space}'s scenario on this rule set: made once, shared by every request. */
    PartialEvaluation partialEvaluation(FactSpace space) {
        return partialEvaluations.computeIfAbsent(space.scenario(),
                scenario -> new PartialEvaluation(space, vocabulary(), scenarioRules(space), parts));
    }

    /**
     * What Drools answered per rule and projection for {@code space}'s scenario, on this rule set only (so a reload
     * starts afresh); null when turned off ({@link FiringMemo#enabled()}).
     */
    FiringMemo firingMemo(FactSpace space) {
        if (!FiringMemo.enabled()) {
            return null;
        }
        return firingMemos.computeIfAbsent(space.scenario(), scenario -> new FiringMemo(space, matching(space)));
    }

    private List<java.util.Map.Entry<Rule, Set<String>>> matching(FactSpace space) {
        String type = space.scenario().situationType().getSimpleName();
        Set<String> facts = space.facts().stream().map(Fact::name).collect(Collectors.toSet());
        List<java.util.Map.Entry<Rule, Set<String>>> list = new ArrayList<>();
        for (Rule rule : rules.all()) {
            Optional<RuleReads.Read> read = reads().of(rule.getPackageName(), rule.getName());
            if (read.isPresent() && read.get().objectType().isPresent() && !read.get().objectType().get().equals(type)) {
                continue;
            }
            Set<String> named = read.map(r -> r.words().stream().filter(facts::contains).collect(Collectors.toSet()))
                    .orElse(facts);
            list.add(java.util.Map.entry(rule, Set.copyOf(named)));
        }
        return List.copyOf(list);
    }

    RuleVocabulary vocabulary() {
        RuleVocabulary read = vocabulary;
        if (read == null) {
            read = new RuleVocabulary(ruleSet.files()); // two threads may both read it: same result, no lock
            vocabulary = read;
        }
        return read;
    }

    private RuleReads reads() {
        RuleReads read = reads;
        if (read == null) {
            read = new RuleReads(ruleSet.files());
            reads = read;
        }
        return read;
    }

    /** Verdicts already given, remembered for this rule-set version only. */
    RememberedVerdicts rememberedVerdicts() {
        return rememberedVerdicts;
    }

    RuleSet ruleSet() {
        return ruleSet;
    }

    /** Fires the rules on {@code fact} with {@code collector} as the global {@code global}. */
    void fire(Situation fact, String global, VerdictCollector collector) {
        fire(fact, global, collector, null);
    }

    /**
     * As {@link #fire(Object, String, VerdictCollector)}, stopping the rules once {@code deadline} (if not
     * null) has passed and then throwing {@link DecisionTimeLimit.Passed}; that session is thrown away.
     */
    void fire(Situation fact, String global, VerdictCollector collector, DecisionTimeLimit.Deadline deadline) {
        int base = ruleSet.ruleBaseOf(fact.scenario());
        Slot[] slots = sessions.get();
        if (slots == null) {
            slots = new Slot[ruleSet.ruleBases()];
            sessions.set(slots);
        }
        Slot slot = slots[base];
        if (slot == null || !slot.take()) {
            // A pool that retires idle threads would otherwise leave their sessions behind in the KieBase.
            live.stream().filter(Slot::ownerEnded).forEach(this::dispose);
            slot = new Slot(ruleSet.newSession(fact.scenario()));
            slot.take();
            slots[base] = slot;
            live.add(slot);
        }
        boolean clean = false;
        try {
            KieSession session = slot.session;
            session.setGlobal(global, collector);
            FactHandle handle = session.insert(fact);
            if (deadline == null) {
                session.fireAllRules();
            } else {
                session.fireAllRules(deadline);
                deadline.check();
            }
            session.delete(handle);
            clean = true;
        } finally {
            slot.release();
            if (!clean || retired) {
                slots[base] = null;
                dispose(slot);
            }
        }
    }

    /**
     * Disposes the sessions of this rule set once it no longer decides for new requests; decisions still
     * running on it finish first, each disposing its own session.
     */
    void retire() {
        retired = true;
        for (Slot slot : live) {
            dispose(slot);
        }
    }

    /** Disposes {@code slot}'s session unless a decision is using it (that one disposes it when done). */
    private void dispose(Slot slot) {
        if (slot.take()) {
            live.remove(slot);
            KieSession session = slot.session;
            slot.session = null; // a thread's stale ThreadLocal entry then keeps no KieBase alive
            if (session != null) {
                session.dispose();
            }
        }
    }

    /** One thread's session and whether a decision is using it; disposing takes it like a decision does. */
    private static final class Slot {
        private final AtomicBoolean busy = new AtomicBoolean();
        private final Thread owner = Thread.currentThread();
        private volatile KieSession session;

        Slot(KieSession session) {
            this.session = session;
        }

        boolean ownerEnded() {
            return !owner.isAlive();
        }

        boolean take() {
            return session != null && busy.compareAndSet(false, true);
        }

        void release() {
            busy.set(false);
        }
    }

    RuleIndex rules() {
        return rules;
    }

    VerdictParts parts() {
        return parts;
    }
}
