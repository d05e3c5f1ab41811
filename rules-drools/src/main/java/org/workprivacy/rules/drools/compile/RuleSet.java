package org.workprivacy.rules.drools.compile;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.load.Messages;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * A compiled, immutable rule set: its rule bases plus what legal staff wrote beside it. The Drools rule
 * bases stay inside: deciding opens sessions through {@link #newSession(Scenario)}, and nothing hands a
 * {@link KieBase} out (issue 16: no Drools rule base behind the public API). A rule base may be shared with
 * another rule set built from the same files of a scenario ({@link RuleBaseBuilder}).
 */
public final class RuleSet {
    private final String version;
    private final RuleSetFiles files;
    private final RuleBases bases;
    private final Messages messages;
    private final List<RuleInfo> rules;
    private final List<RuleProblem> warnings;
    /** The sessions this rule set opened, weakly: the rule bases, which may be shared, list every session. */
    private final Set<KieSession> opened = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public RuleSet(String version, RuleSetFiles files, KieBase kieBase, Messages messages, List<RuleInfo> rules) {
        this(version, files, RuleBases.single(kieBase), messages, rules, List.of());
    }

    /** A rule set that compiled with {@code warnings} (problems that do not keep it out). */
    RuleSet(String version, RuleSetFiles files, RuleBases bases, Messages messages, List<RuleInfo> rules,
            List<RuleProblem> warnings) {
        this.warnings = warnings.stream().filter(p -> p.severity() == RuleProblem.Severity.WARNING).toList();
        this.version = Objects.requireNonNull(version, "version");
        this.files = Objects.requireNonNull(files, "files");
        this.bases = Objects.requireNonNull(bases, "bases");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.rules = List.copyOf(rules);
    }

    /** The content hash of the rule files. */
    public String version() {
        return version;
    }

    /** The files the rule set was compiled from. */
    public RuleSetFiles files() {
        return files;
    }

    /** The reason and condition texts, per language. */
    public Messages messages() {
        return messages;
    }

    /** Each rule's name, file, reason code and legal basis. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The warnings the compiler gave; a rule set with errors is never built. */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /** The compiled rules of every rule base, each rule base in the order it lists them (each session fires these). */
    public List<Rule> compiledRules() {
        return bases.rules();
    }

    /** How many rule bases there are: sessions are per rule base ({@link #ruleBaseOf}). */
    public int ruleBases() {
        return bases.all().size();
    }

    /** The index (below {@link #ruleBases()}) of the rule base that decides {@code scenario}. */
    public int ruleBaseOf(Scenario scenario) {
        return bases.indexOf(scenario);
    }

    /** A new stateful session on the rule base that decides {@code scenario}; the caller disposes it. */
    public KieSession newSession(Scenario scenario) {
        KieSession session = bases.of(scenario).newKieSession();
        opened.add(session);
        return session;
    }

    /** How many sessions this rule set opened that are not disposed yet: leak tests count them. */
    public int openSessions() {
        Set<KieSession> live = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        bases.all().forEach(base -> live.addAll(base.getKieSessions()));
        synchronized (opened) {
            return (int) opened.stream().filter(live::contains).count();
        }
    }

    /** The rule bases themselves, for this package's tests (sharing between rule sets). */
    RuleBases bases() {
        return bases;
    }
}
