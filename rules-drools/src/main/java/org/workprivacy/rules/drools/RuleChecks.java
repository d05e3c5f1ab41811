package org.workprivacy.rules.drools;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.casebook.CaseOutcome;
import org.workprivacy.rules.api.casebook.TestReport;
import org.workprivacy.rules.api.ruleset.CheckReport;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.ruleset.RuleSummary;
import org.workprivacy.rules.drools.analysis.InvariantReader;
import org.workprivacy.rules.drools.analysis.RuleSetAnalyzer;
import org.workprivacy.rules.drools.casebook.CasebookReport;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.check.RuleSetChecker;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** Check and test of a rule set, turned into rules-api reports for {@link DecisionEngines}. */
final class RuleChecks {
    private RuleChecks() {
    }

    static CheckReport check(String name, Supplier<RuleSetFiles> source) {
        List<RuleProblem> problems = new ArrayList<>();
        try {
            RuleSetFiles files = source.get();
            problems.addAll(BuildTimeLimit.DEFAULT.run(files.origin(), () -> new RuleSetChecker().check(files)));
            problems.addAll(new InvariantReader().problems(files));
        } catch (RuleSetException e) {
            // Unreadable files or a build that hung: still a report, never an empty "no problems".
            problems = e.problems().isEmpty()
                    ? List.of(new RuleProblem(RuleProblem.Severity.ERROR, name, 0, 0, e.getMessage()))
                    : e.problems();
        }
        return new CheckReport(name, problems);
    }

    static TestReport test(Supplier<RuleSetFiles> source) {
        RuleSetFiles files = source.get();
        DroolsDecisionEngine engine = org.workprivacy.rules.drools.decide.DecisionEngines.of(
                BuildTimeLimit.DEFAULT.run(files.origin(), () -> new RuleSetCompiler().compile(files)));
        CasebookReport report = new CasebookRunner().run(engine);
        Analysis invariants = new RuleSetAnalyzer(RuleSetAnalyzer.DEFAULT_EXAMPLES, 0).analyze(engine.ruleSet());
        List<CaseOutcome> cases = report.results().stream()
                .map(r -> new CaseOutcome(r.casebook().file(), r.spec().name(), r.actual(), r.mismatches()))
                .toList();
        List<RuleSummary> rules = report.rules().stream()
                .map(r -> new RuleSummary(r.name(), r.file(), r.code(), r.legalBasis()))
                .toList();
        return new TestReport(cases, rules, report.firedRules(), report.allLegalBases(), report.coveredLegalBases(),
                invariants);
    }
}
