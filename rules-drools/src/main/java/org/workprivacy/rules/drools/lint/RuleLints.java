package org.workprivacy.rules.drools.lint;

import java.util.ArrayList;
import java.util.List;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The checks a rule set passes before Drools builds it, in the order they must run: first the sandbox
 * (anything that could run code or hang while building), and only when that is clean, the lints that
 * catch rules that are safe but wrong.
 */
public final class RuleLints {
    private RuleLints() {
    }

    /** What the sandbox refuses; when anything is, the files must not be given to Drools at all. */
    public static List<RuleProblem> sandbox(RuleSetFiles files) {
        return SandboxLint.check(files);
    }

    /** The lints' problems, and the overlapping decision-language sentences that explain Drools' own errors. */
    public record Findings(List<RuleProblem> problems, List<DslSentences.Overlap> overlaps) {
        public Findings {
            problems = List.copyOf(problems);
            overlaps = List.copyOf(overlaps);
        }
    }

    /** The lints, run after a clean {@link #sandbox}: it refuses sentences whose patterns could make expanding hang. */
    public static Findings afterSandbox(RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>(FactComparisonLint.check(files));
        ParsedRuleFiles.of(files).files().forEach(parsed -> problems.addAll(DslSandbox.unexpanded(parsed)));
        problems.addAll(DuplicateRuleLint.check(files));
        List<DslSentences.Overlap> overlaps = DslSentences.overlaps(files);
        overlaps.forEach(overlap -> problems.add(overlap.problem()));
        return new Findings(problems, overlaps);
    }
}
