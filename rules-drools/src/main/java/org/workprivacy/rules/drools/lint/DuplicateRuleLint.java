package org.workprivacy.rules.drools.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Two rules with the same name in one package: Drools keeps only one of them (or fails with a message
 * about generated classes), so a rule could silently disappear. Report both places instead.
 */
final class DuplicateRuleLint {
    private DuplicateRuleLint() {
    }

    static List<RuleProblem> check(RuleSetFiles files) {
        Map<String, String> firstPlace = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (ParsedRuleFiles.RulePlace place : ParsedRuleFiles.of(files).rules()) {
            String packageName = place.packageName() == null ? "" : place.packageName();
            String name = place.rule().getName();
            String earlier = firstPlace.putIfAbsent(packageName + "/" + name, place.file() + ":" + place.line());
            if (earlier != null) {
                problems.add(new RuleProblem(Severity.ERROR, place.file(), place.line(), 0, "rule \"" + name
                        + "\" is already defined at " + earlier + " in package " + packageName
                        + "; rule names must be unique, or one of them is silently lost"));
            }
        }
        return problems;
    }
}
