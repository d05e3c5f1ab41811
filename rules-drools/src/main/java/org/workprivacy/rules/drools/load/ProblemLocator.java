package org.workprivacy.rules.drools.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workprivacy.rules.api.ruleset.RuleProblem;

/**
 * Drools reports some errors without a line, or at the rule header rather than the faulty condition
 * or action. This finds the real place in the file where it can, and rewords the message plainly.
 */
final class ProblemLocator {
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):?$");
    private static final Pattern METHOD = Pattern.compile("The method (\\w+)\\(.*\\) is undefined for the type (\\w+)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern UNEXPANDED = Pattern.compile("(?:\\[\\d+] )?Unable to expand: (.*)");
    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) (.*)");

    private ProblemLocator() {
    }

    static RuleProblem refine(RuleProblem problem, RuleSetFiles files) {
        String firstLine = problem.message().lines().findFirst().orElse("").strip();
        Optional<String> content = files.files().stream()
                .filter(f -> f.path().equals(problem.file())).map(RuleFile::content).findFirst();
        Matcher m;
        if ((m = ANALYSE.matcher(firstLine)).find()) {
            String expression = m.group(1).strip();
            return at(problem, content, Pattern.quote(expression), "cannot understand the condition `" + expression
                    + "`: a fact name is misspelt, a value does not exist, or a value has the wrong type");
        }
        if ((m = METHOD.matcher(firstLine)).find()) {
            return at(problem, content, "\\." + Pattern.quote(m.group(1)) + "\\s*\\(", "`" + m.group(2) + "` has no action `"
                    + m.group(1) + "`; a rule's consequence may call verdict.allow, verdict.deny, verdict.condition or verdict.missing");
        }
        if ((m = OBJECT_TYPE.matcher(firstLine)).find()) {
            return at(problem, content, "\\b" + Pattern.quote(m.group(1)) + "\\s*\\(", "unknown situation type `"
                    + m.group(1) + "`: check its spelling and the import at the top of the file");
        }
        if ((m = UNEXPANDED.matcher(firstLine)).find()) {
            String sentence = m.group(1).strip();
            return at(problem, content, Pattern.quote(sentence), "no sentence of the decision language (.dsl files) matches \""
                    + sentence + "\": check its wording against the .dsl file, or add the sentence there");
        }
        if ((m = PARSER.matcher(firstLine)).find()) {
            return new RuleProblem(problem.severity(), problem.file(), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)) + 1, "syntax error: " + m.group(3)
                    + " (is a bracket, quote or `end` missing before this point?)");
        }
        return new RuleProblem(problem.severity(), problem.file(), problem.line(), problem.column(), firstLine);
    }

    /** Places the problem at the first match of {@code regex} at or after the reported line. */
    private static RuleProblem at(RuleProblem problem, Optional<String> content, String regex, String message) {
        if (content.isEmpty()) {
            return new RuleProblem(problem.severity(), problem.file(), problem.line(), problem.column(), message);
        }
        String text = content.get();
        int from = offsetOfLine(text, Math.max(1, problem.line()));
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (matcher.find(from) || matcher.find(0)) {
            int line = RuleLocator.lineAt(text, matcher.start());
            int column = matcher.start() - offsetOfLine(text, line) + 1;
            if (regex.startsWith("\\.")) {
                column++; // point at the name, not the dot
            }
            return new RuleProblem(problem.severity(), problem.file(), line, column, message);
        }
        return new RuleProblem(problem.severity(), problem.file(), problem.line(), problem.column(), message);
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return text.length();
            }
            offset = next + 1;
        }
        return offset;
    }
}
