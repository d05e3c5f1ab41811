package org.workprivacy.rules.drools.compile;

import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.load.Messages;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * A compiled, immutable rule set: the rule base plus what legal staff wrote beside it. The Drools rule
 * base itself stays inside: deciding opens sessions through {@link #newSession()}, and nothing hands the
 * {@link KieBase} out (issue 16: no Drools rule base behind the public API).
 */
public final class RuleSet {
    private final String version;
    private final RuleSetFiles files;
    private final KieBase kieBase;
    private final Messages messages;
    private final List<RuleInfo> rules;
    private final List<RuleProblem> warnings;

    public RuleSet(String version, RuleSetFiles files, KieBase kieBase, Messages messages, List<RuleInfo> rules) {
        this(version, files, kieBase, messages, rules, List.of());
    }

    /** A rule set that compiled with {@code warnings} (problems that do not keep it out). */
    public RuleSet(String version, RuleSetFiles files, KieBase kieBase, Messages messages, List<RuleInfo> rules,
                   List<RuleProblem> warnings) {
        this.warnings = warnings.stream().filter(p -> p.severity() == RuleProblem.Severity.WARNING).toList();
        this.version = Objects.requireNonNull(version, "version");
        this.files = Objects.requireNonNull(files, "files");
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
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

    /** The compiled rules, in the order the rule base lists them (each session fires these). */
    public List<Rule> compiledRules() {
        return kieBase.getKiePackages().stream().map(KiePackage::getRules).flatMap(java.util.Collection::stream).toList();
    }

    /** A new stateful session on the rule base; the caller disposes it. */
    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** How many sessions the rule base still keeps (each one until it is disposed): leak tests count them. */
    public int openSessions() {
        return kieBase.getKieSessions().size();
    }
}
