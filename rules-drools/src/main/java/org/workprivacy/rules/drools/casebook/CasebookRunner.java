package org.workprivacy.rules.drools.casebook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleInfo;

/** Runs casebooks against an engine, like {@code opa test}: per case pass or fail, and rule coverage. */
public final class CasebookRunner {
    private final SituationJson json = new SituationJson();

    /** Runs the casebooks that sit beside the engine's own rules. */
    public CasebookReport run(DroolsDecisionEngine engine) {
        RuleSet ruleSet = engine.ruleSet();
        return run(engine, ruleSet, new CasebookReader().readAll(ruleSet.files()));
    }

    public CasebookReport run(DroolsDecisionEngine engine, RuleSet ruleSet, List<Casebook> casebooks) {
        return report(results(engine, casebooks), ruleSet.rules());
    }

    /** The result of every case of {@code casebooks}, in order. */
    public List<CaseResult> results(DecisionEngine engine, List<Casebook> casebooks) {
        List<CaseResult> results = new ArrayList<>();
        for (Casebook casebook : casebooks) {
            for (CaseSpec spec : casebook.cases()) {
                results.add(runCase(engine, casebook, spec));
            }
        }
        return results;
    }

    /** The report on {@code results}, with coverage of {@code rules}: which fired in some case, and their legal bases. */
    public static CasebookReport report(List<CaseResult> results, List<RuleInfo> rules) {
        Set<String> fired = new TreeSet<>();
        for (CaseResult result : results) {
            result.actual().ifPresent(e -> e.firedRules().forEach(r -> fired.add(r.ruleId())));
        }
        Set<String> allBases = rules.stream().flatMap(r -> r.legalBasis().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> coveredBases = rules.stream().filter(r -> fired.contains(r.name()))
                .flatMap(r -> r.legalBasis().stream()).collect(Collectors.toCollection(TreeSet::new));
        return new CasebookReport(results, rules, fired, allBases, coveredBases);
    }

    /** Runs one case: reads its facts as a situation of the casebook's scenario and compares the verdict. */
    public CaseResult runCase(DecisionEngine engine, Casebook casebook, CaseSpec spec) {
        Situation situation;
        try {
            ObjectNode document = JsonNodeFactory.instance.objectNode();
            document.put("scenario", casebook.scenario());
            document.set("facts", spec.facts());
            situation = json.read(document);
        } catch (InvalidSituationException e) {
            return new CaseResult(casebook, spec, Optional.empty(), List.of("facts cannot be read: " + e.getMessage()));
        }
        Explanation explanation = engine.explain(situation, Language.EN);
        return new CaseResult(casebook, spec, Optional.of(explanation), mismatches(spec.expect(), explanation.verdict()));
    }

    static List<String> mismatches(Expectation expected, Verdict actual) {
        List<String> mismatches = new ArrayList<>();
        if (expected.outcome() != actual.outcome()) {
            mismatches.add("outcome: expected " + expected.outcome() + " but was " + actual.outcome());
        }
        compare("reasons", expected.reasons(), actual.reasonCodes(), mismatches);
        compare("conditions", expected.conditions(), actual.conditionCodes(), mismatches);
        compare("missingFacts", expected.missingFacts(), actual.missingFacts(), mismatches);
        return mismatches;
    }

    private static void compare(String what, List<String> expected, List<String> actual, List<String> mismatches) {
        Set<String> want = new TreeSet<>(expected);
        Set<String> got = new TreeSet<>(actual);
        if (!want.equals(got)) {
            mismatches.add(what + ": expected " + want + " but was " + got);
        }
    }
}
