package org.workprivacy.rules.drools.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.workprivacy.rules.api.situation.Scenario;

/**
 * The compiled rule bases of a rule set and which one decides each scenario: one rule base for every scenario,
 * or, when each rule file's rules match one scenario's situations only, a rule base per scenario, so that a
 * reload after an edit rebuilds only the edited scenario ({@link RuleBaseBuilder}). A decision inserts one
 * situation, so a scenario's verdicts are the same either way.
 */
final class RuleBases {
    private final Map<Scenario, Integer> indexByScenario;
    private final List<KieBase> bases;

    private RuleBases(Map<Scenario, Integer> indexByScenario, List<KieBase> bases) {
        this.indexByScenario = Collections.unmodifiableMap(new EnumMap<>(indexByScenario));
        this.bases = List.copyOf(bases);
        for (Scenario scenario : Scenario.values()) {
            Objects.requireNonNull(this.indexByScenario.get(scenario), () -> "no rule base for " + scenario);
        }
    }

    /** One rule base deciding every scenario. */
    static RuleBases single(KieBase kieBase) {
        Map<Scenario, Integer> index = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            index.put(scenario, 0);
        }
        return new RuleBases(index, List.of(kieBase));
    }

    /**
     * A rule base per scenario; a scenario without rules of its own is decided by any of them (no rule of
     * another scenario matches its situation), so it gets DENIED by default, as in one rule base.
     */
    static RuleBases perScenario(Map<Scenario, KieBase> byScenario) {
        if (byScenario.isEmpty()) {
            throw new IllegalArgumentException("no rule base");
        }
        List<KieBase> bases = new ArrayList<>();
        Map<Scenario, Integer> index = new EnumMap<>(Scenario.class);
        byScenario.forEach((scenario, base) -> {
            int at = bases.indexOf(base);
            if (at < 0) {
                bases.add(base);
                at = bases.size() - 1;
            }
            index.put(scenario, at);
        });
        for (Scenario scenario : Scenario.values()) {
            index.putIfAbsent(scenario, 0);
        }
        return new RuleBases(index, bases);
    }

    List<KieBase> all() {
        return bases;
    }

    /** The compiled rules of every rule base, each rule base in the order it lists them. */
    List<Rule> rules() {
        return bases.stream().flatMap(base -> base.getKiePackages().stream())
                .flatMap(kiePackage -> kiePackage.getRules().stream()).toList();
    }

    int indexOf(Scenario scenario) {
        return indexByScenario.get(scenario);
    }

    KieBase of(Scenario scenario) {
        return bases.get(indexOf(scenario));
    }
}
