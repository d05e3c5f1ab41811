package org.workprivacy.rules.drools.decide;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;
import org.mvel2.CompileException;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.locate.RuleLocator;

/**
 * Turns an exception thrown while deciding into a {@link RuleSetException} that names the rule, its file
 * and its line, so that legal staff know which rule to fix ("a rule failed: null" helps nobody). Drools
 * names the rule when a consequence fails; when a condition fails it does not, and the rule is then found
 * by the failing expression's text in the rule files.
 */
final class RuleFailure {
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule[:=\\s]+\"?([^\"\\]\\[,]+)\"?");
    private static final Pattern MVEL_ERROR = Pattern.compile("^(?:\\[Error: )+|\\]+$");

    private RuleFailure() {
    }

    static RuleSetException of(RuntimeException failure, RuleSet ruleSet, String scenario) {
        String cause = cause(failure);
        Optional<String> rule = ruleName(failure, ruleSet);
        if (rule.isEmpty()) {
            return new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, ruleSet.files().origin(), 0,
                    0, "a rule failed while deciding " + scenario + " (the engine did not say which): " + cause)),
                    failure);
        }
        String name = rule.get();
        String file = ruleSet.rules().stream().filter(r -> r.name().equals(name)).map(RuleInfo::file).findFirst()
                .orElseGet(() -> RuleLocator.fileOf(name, ruleSet.files()));
        return new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, file,
                RuleLocator.lineOf(name, ruleSet.files()), 0,
                "rule \"" + name + "\" failed while deciding " + scenario + ": " + cause)), failure);
    }

    /**
     * A decision that passed its time limit: names the rule that was about to fire (the one that keeps
     * the agenda busy, as a rule that refires itself does), or says none was firing.
     */
    static RuleSetException timedOut(DecisionTimeLimit.Deadline deadline, RuleSet ruleSet, String scenario) {
        String limit = deadline.limit().describe();
        String advice = " (limit set by the system property workprivacy.decisionTimeLimitMillis); no verdict was given";
        DecisionTimeLimit.Passed cause = new DecisionTimeLimit.Passed(deadline);
        if (deadline.stoppedAt().isEmpty()) {
            return new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, ruleSet.files().origin(), 0,
                    0, "deciding " + scenario + " took longer than " + limit + " while working out the completions"
                    + " of the facts left open" + advice)), cause);
        }
        String name = deadline.stoppedAt().get();
        String file = ruleSet.rules().stream().filter(r -> r.name().equals(name)).map(RuleInfo::file).findFirst()
                .orElseGet(() -> RuleLocator.fileOf(name, ruleSet.files()));
        return new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, file,
                RuleLocator.lineOf(name, ruleSet.files()), 0, "rule \"" + name + "\" was still firing when deciding "
                + scenario + " passed its time limit of " + limit + "; a rule that fires again and again never"
                + " ends" + advice)), cause);
    }

    private static Optional<String> ruleName(Throwable failure, RuleSet ruleSet) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                return Optional.of(consequence.getMatch().getRule().getName());
            }
            if (t.getMessage() != null) {
                Matcher named = RULE_IN_MESSAGE.matcher(t.getMessage());
                while (named.find()) {
                    String candidate = named.group(1).strip();
                    if (ruleSet.rules().stream().anyMatch(r -> r.name().equals(candidate))) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CompileException compile && compile.getExpr() != null) {
                Optional<String> around = ruleAround(new String(compile.getExpr()), ruleSet);
                if (around.isPresent()) {
                    return around;
                }
            }
        }
        return Optional.empty();
    }

    /** The rule whose text holds {@code expression} (spacing aside), if exactly one does. */
    private static Optional<String> ruleAround(String expression, RuleSet ruleSet) {
        String[] words = expression.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            regex.append(regex.length() == 0 ? "" : "\\s*").append(Pattern.quote(word));
        }
        Pattern text = Pattern.compile(regex.toString());
        List<String> found = ParsedRuleFiles.of(ruleSet.files()).files().stream()
                .flatMap(parsed -> rulesHolding(parsed, text).stream())
                .distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The rules whose text (as Drools parsed it) holds a match of {@code text}. */
    private static List<String> rulesHolding(ParsedRuleFiles.ParsedRuleFile parsed, Pattern text) {
        List<String> rules = new java.util.ArrayList<>();
        Matcher at = text.matcher(parsed.text());
        while (at.find()) {
            int offset = at.start();
            parsed.tree().ifPresent(descr -> descr.getRules().stream()
                    .filter(rule -> rule.getStartCharacter() <= offset && offset < rule.getEndCharacter())
                    .forEach(rule -> rules.add(rule.getName())));
        }
        return rules;
    }

    /** The innermost message, without MVEL's "[Error: ...]" wrapping. */
    private static String cause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return MVEL_ERROR.matcher(message.strip().lines().findFirst().orElse("")).replaceAll("");
    }
}
