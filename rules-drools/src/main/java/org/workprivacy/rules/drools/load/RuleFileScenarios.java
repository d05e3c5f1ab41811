package org.workprivacy.rules.drools.load;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.workprivacy.rules.api.situation.Scenario;

/**
 * Which scenarios the rules of one rule file can fire for: the situation types its patterns match (decision-language
 * files expanded first). A decision inserts exactly one situation, so a rule matching only {@code OutOfOffice}
 * never fires for another scenario, and a scenario's verdicts depend only on the files whose rules match its type.
 * Whatever cannot be told for sure (a file that does not parse, a rule without a pattern, a pattern on a type that
 * is not a situation of one scenario) counts for every scenario, which only costs a larger rebuild.
 */
public final class RuleFileScenarios {
    private final List<RuleFile> dsls;
    /** By file content: a file that did not change is not parsed again. */
    private final Map<RuleFile, Set<Scenario>> known = new HashMap<>();

    public RuleFileScenarios(List<RuleFile> dsls) {
        this.dsls = List.copyOf(dsls);
    }

    public boolean sameLanguage(List<RuleFile> otherDsls) {
        return dsls.equals(otherDsls);
    }

    /** The scenarios {@code file}'s rules can fire for (a .drl or .dslr file). */
    public Set<Scenario> of(RuleFile file) {
        Set<Scenario> scenarios = known.get(file);
        if (scenarios == null) {
            if (known.size() > 256) {
                known.clear(); // an editing session of hours: keep only recent versions
            }
            scenarios = read(file);
            known.put(file, scenarios);
        }
        return scenarios;
    }

    private Set<Scenario> read(RuleFile file) {
        try {
            // A file Drools cannot read at all has no tree: its scenarios cannot be told.
            return ParsedRuleFiles.parsed(file, dsls).tree().map(RuleFileScenarios::of).orElse(EnumSet.allOf(Scenario.class));
        } catch (RuntimeException e) {
            return EnumSet.allOf(Scenario.class); // the build reports what went wrong
        }
    }

    /** The scenarios the rules of a parsed file can fire for; every scenario when that cannot be told. */
    public static Set<Scenario> of(PackageDescr descr) {
        if (descr == null) {
            return EnumSet.allOf(Scenario.class);
        }
        Set<Scenario> scenarios = EnumSet.noneOf(Scenario.class);
        for (RuleDescr rule : descr.getRules()) {
            Set<Scenario> own = EnumSet.noneOf(Scenario.class);
            if (rule.getLhs() == null || !collect(rule.getLhs(), own) || own.isEmpty()) {
                return EnumSet.allOf(Scenario.class);
            }
            scenarios.addAll(own);
        }
        return scenarios;
    }

    /** Adds the scenarios of every pattern below {@code element}; false when a pattern's type is no scenario's. */
    private static boolean collect(BaseDescr element, Set<Scenario> into) {
        if (element instanceof PatternDescr pattern) {
            Optional<Scenario> scenario = scenarioOf(pattern.getObjectType());
            scenario.ifPresent(into::add);
            if (scenario.isEmpty() || pattern.getSource() != null) {
                return false;
            }
            return true;
        }
        if (element instanceof NotDescr || element instanceof ForallDescr) {
            return false; // "no OutOfOffice" holds in every other scenario's decision
        }
        if (element instanceof ConditionalElementDescr conditional) {
            for (Object child : conditional.getDescrs()) {
                if (!(child instanceof BaseDescr descr) || !collect(descr, into)) {
                    return false;
                }
            }
            return true;
        }
        return false; // eval, accumulate, from ...: cannot tell
    }

    private static Optional<Scenario> scenarioOf(String type) {
        if (type == null) {
            return Optional.empty();
        }
        String simple = type.substring(type.lastIndexOf('.') + 1);
        for (Scenario scenario : Scenario.values()) {
            if (scenario.situationType().getSimpleName().equals(simple)) {
                return Optional.of(scenario);
            }
        }
        return Optional.empty();
    }
}
