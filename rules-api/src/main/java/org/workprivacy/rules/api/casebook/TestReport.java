package org.workprivacy.rules.api.casebook;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.ruleset.RuleSummary;

/**
 * A test run of a rules directory, like {@code opa test}: each casebook case passed or failed, which
 * rules some case fired and which legal bases they cover, and the invariants checked on every situation.
 *
 * @param cases             every case of every casebook, in file order
 * @param rules             every rule of the rule set
 * @param firedRules        the names of the rules at least one case fired
 * @param allLegalBases     every legal basis a rule cites
 * @param coveredLegalBases the legal bases of the rules some case fired
 * @param invariants        the invariants (*.invariants.yaml) checked on every situation
 */
public record TestReport(List<CaseOutcome> cases, List<RuleSummary> rules, Set<String> firedRules,
                         Set<String> allLegalBases, Set<String> coveredLegalBases, Analysis invariants) {
    /** The canonical constructor: refuses null components and keeps unmodifiable copies of the collections. */
    public TestReport {
        cases = List.copyOf(cases);
        rules = List.copyOf(rules);
        firedRules = Set.copyOf(firedRules);
        allLegalBases = Set.copyOf(allLegalBases);
        coveredLegalBases = Set.copyOf(coveredLegalBases);
        Objects.requireNonNull(invariants, "invariants");
    }

    /** How many cases passed. */
    public long passed() {
        return cases.stream().filter(CaseOutcome::passed).count();
    }

    /** How many cases failed. */
    public long failed() {
        return cases.size() - passed();
    }

    /** The rules no case fired, in rule-set order. */
    public List<RuleSummary> unfiredRules() {
        return rules.stream().filter(r -> !firedRules.contains(r.name())).toList();
    }

    /** Every case passed and every invariant holds (unsafe permissions are {@code analyze}'s to report). */
    public boolean allPassed() {
        return failed() == 0 && invariants.failedInvariants().isEmpty();
    }
}
