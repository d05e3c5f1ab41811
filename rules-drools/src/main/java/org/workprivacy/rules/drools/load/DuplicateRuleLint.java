package org.workprivacy.rules.drools.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;

/**
 * Two rules with the same name in one package: Drools keeps only one of them (or fails with a message
 * about generated classes), so a rule could silently disappear. Report both places instead.
 */
final class DuplicateRuleLint {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private DuplicateRuleLint() {
    }

    static List<RuleProblem> check(RuleSetFiles files) {
        Map<String, String> firstPlace = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        files.withExtension("drl", "dslr").forEach(file -> {
            String code = FactComparisonLint.withoutComments(file.content());
            Matcher pkg = PACKAGE.matcher(code);
            String packageName = pkg.find() ? pkg.group(1) : "";
            Matcher rule = RULE.matcher(code);
            while (rule.find()) {
                String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                int line = RuleLocator.lineAt(code, rule.start());
                String place = file.path() + ":" + line;
                String earlier = firstPlace.putIfAbsent(packageName + "/" + name, place);
                if (earlier != null) {
                    problems.add(new RuleProblem(Severity.ERROR, file.path(), line, 0, "rule \"" + name
                            + "\" is already defined at " + earlier + " in package " + packageName
                            + "; rule names must be unique, or one of them is silently lost"));
                }
            }
        });
        return problems;
    }
}
