package org.workprivacy.rules.drools.casebook;

import java.util.List;
import java.util.Set;
import org.workprivacy.rules.drools.load.RuleInfo;

/**
 * All case results of a run, with coverage: which rules at least one case fired, and which legal
 * bases those rules cite.
 */
public record CasebookReport(List<CaseResult> results, List<RuleInfo> rules, Set<String> firedRules,
                             Set<String> allLegalBases, Set<String> coveredLegalBases) {
    public CasebookReport {
        results = List.copyOf(results);
        rules = List.copyOf(rules);
        firedRules = Set.copyOf(firedRules);
        allLegalBases = Set.copyOf(allLegalBases);
        coveredLegalBases = Set.copyOf(coveredLegalBases);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public List<RuleInfo> unfiredRules() {
        return rules.stream().filter(r -> !firedRules.contains(r.name())).toList();
    }
}
