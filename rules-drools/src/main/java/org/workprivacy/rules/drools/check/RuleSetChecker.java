package org.workprivacy.rules.drools.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.casebook.CasebookReport;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.Messages;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.locate.RuleLocator;

/**
 * Everything wrong with a rule set, reported at once, like {@code opa check}: compile errors, rules
 * without reason code or legal basis, facts compared with the wrong kind of value, reason codes without a
 * text in a language, broken casebooks and rules that no casebook case fires.
 */
public final class RuleSetChecker {
    /** Codes the engine itself gives, which need texts as well. */
    private static final List<String> ENGINE_CODES = List.of("no-permitting-rule", "missing-facts");

    public List<RuleProblem> check(RuleSetFiles files) {
        RuleSetCompiler.Compilation compilation = new RuleSetCompiler().tryCompile(files);
        List<RuleProblem> problems = new ArrayList<>(compilation.problems());
        List<Casebook> casebooks = List.of();
        try {
            casebooks = new CasebookReader().readAll(files);
        } catch (RuleSetException e) {
            problems.addAll(e.problems());
        }
        RuleSet ruleSet = compilation.ruleSet();
        if (ruleSet != null) {
            problems.addAll(missingTexts(ruleSet));
            if (problems.stream().noneMatch(p -> p.file().endsWith(Casebook.SUFFIX))) {
                problems.addAll(unfiredRules(ruleSet, casebooks));
            }
        }
        return problems.stream().sorted(Comparator.comparing(RuleProblem::file)
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)).toList();
    }

    private static List<RuleProblem> missingTexts(RuleSet ruleSet) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String code : ENGINE_CODES) {
                if (ruleSet.messages().find(language, code).isEmpty()) {
                    problems.add(new RuleProblem(Severity.ERROR, Messages.fileName(language), 0, 0,
                            "the engine's code `" + code + "` has no text"));
                }
            }
            for (RuleInfo rule : ruleSet.rules()) {
                if (!rule.code().isEmpty() && ruleSet.messages().find(language, rule.code()).isEmpty()) {
                    problems.add(new RuleProblem(Severity.ERROR, rule.file(), RuleLocator.lineOf(rule.name(), ruleSet.files()), 0,
                            "reason code `" + rule.code() + "` of rule \"" + rule.name() + "\" has no text in "
                                    + Messages.fileName(language)));
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    private static List<RuleProblem> unfiredRules(RuleSet ruleSet, List<Casebook> casebooks) {
        CasebookReport report = new CasebookRunner().run(DecisionEngines.of(ruleSet), ruleSet, casebooks);
        return report.unfiredRules().stream()
                .map(rule -> new RuleProblem(Severity.ERROR, rule.file(), RuleLocator.lineOf(rule.name(), ruleSet.files()), 0,
                        "no casebook case fires rule \"" + rule.name() + "\"; add a case that shows what it decides"))
                .toList();
    }
}
