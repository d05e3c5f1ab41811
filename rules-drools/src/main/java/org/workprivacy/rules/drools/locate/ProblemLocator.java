package org.workprivacy.rules.drools.locate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.lint.DslSentences;
import org.workprivacy.rules.drools.load.DslrLines;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.load.TextLines;

/**
 * Drools reports some errors without a line, or at the rule header rather than the faulty condition
 * or action. This finds the real place in the file where it can, and rewords the message plainly.
 */
public final class ProblemLocator {
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.+?):?$");
    private static final Pattern METHOD = Pattern.compile("The method (\\w+)\\(.*\\) is undefined for the type (\\w+)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern UNEXPANDED = Pattern.compile("(?:\\[\\d+] )?Unable to expand: (.*)");
    private static final Pattern PARSER = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) (.*)");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

    private ProblemLocator() {
    }

    public static RuleProblem refine(RuleProblem problem, RuleSetFiles files) {
        return refine(problem, files, List.of());
    }

    /** As {@link #refine(RuleProblem, RuleSetFiles)}, explaining syntax errors that {@code overlaps} cause. */
    public static RuleProblem refine(RuleProblem problem, RuleSetFiles files, List<DslSentences.Overlap> overlaps) {
        String firstLine = problem.message().lines().findFirst().orElse("").strip();
        String file = problem.file();
        Optional<String> content = files.files().stream()
                .filter(f -> f.path().equals(file)).map(RuleFile::content).findFirst();
        Matcher m;
        if (problem.file().endsWith(".dslr") && content.isPresent() && !UNEXPANDED.matcher(firstLine).find()) {
            // Drools counted lines of the expanded text; go back to the lines legal staff wrote.
            String dslr = content.get();
            problem = new RuleProblem(problem.severity(), problem.file(),
                    problem.line() > 0 ? DslrLines.sourceLine(dslr, problem.line()) : 0, 0, problem.message());
            Optional<RuleProblem> placed = inDecisionLanguage(problem, firstLine, dslr, files, overlaps);
            if (placed.isPresent()) {
                return placed.get();
            }
        }
        if ((m = ANALYSE.matcher(firstLine)).find()) {
            String expression = m.group(1).strip();
            return at(problem, content, Pattern.quote(expression), notUnderstood(expression));
        }
        if ((m = METHOD.matcher(firstLine)).find()) {
            return at(problem, content, "\\." + Pattern.quote(m.group(1)) + "\\s*\\(", "`" + m.group(2) + "` has no action `"
                    + m.group(1) + "`; a rule's consequence may call verdict.allow, verdict.deny or verdict.condition");
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

    private static String notUnderstood(String expression) {
        return "cannot understand the condition `" + expression
                + "`: a fact name is misspelt, a value does not exist, or a value has the wrong type";
    }

    /**
     * A condition nobody understands or a syntax error in a .dslr file (its line already mapped back to the
     * file): find the sentence or word at fault. A condition is usually written in a .dsl sentence, else it
     * names a fact written in the rule itself ("- itemPrivat is not stated").
     */
    private static Optional<RuleProblem> inDecisionLanguage(RuleProblem problem, String firstLine, String dslr,
                                                            RuleSetFiles files, List<DslSentences.Overlap> overlaps) {
        Matcher m;
        if ((m = ANALYSE.matcher(firstLine)).find()) {
            String expression = m.group(1).strip();
            String message = notUnderstood(expression);
            Optional<RuleProblem> inSentence = files.withExtension("dsl")
                    .map(dsl -> inSentence(problem, dsl, expression, message))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (inSentence.isPresent()) {
                return inSentence;
            }
            Matcher fact = IDENTIFIER.matcher(expression);
            return Optional.of(fact.find() ? withinRule(problem, dslr, "\\b" + Pattern.quote(fact.group()) + "\\b", message)
                    : new RuleProblem(problem.severity(), problem.file(), problem.line(), 0, message));
        }
        if ((m = PARSER.matcher(firstLine)).find()) {
            String message = "syntax error: " + m.group(3) + " (is a bracket, quote or `end` missing before this point?)";
            Matcher token = QUOTED.matcher(m.group(3));
            RuleProblem atLine = new RuleProblem(problem.severity(), problem.file(), DslrLines.sourceLine(dslr,
                    Integer.parseInt(m.group(1))), 0, message);
            if (!token.find()) {
                return Optional.of(atLine);
            }
            RuleProblem placed = withinRule(atLine, dslr, Pattern.quote(token.group(1)), message);
            return Optional.of(leftOver(placed, token.group(1), dslr, overlaps).orElse(placed));
        }
        return Optional.empty();
    }

    /**
     * A syntax error at a word a shorter sentence left behind: the line was written with a longer sentence,
     * but the shorter one, part of it, was applied first. Said in those words, with both sentences' places.
     */
    private static Optional<RuleProblem> leftOver(RuleProblem placed, String word, String dslr,
                                                  List<DslSentences.Overlap> overlaps) {
        if (placed.line() < 1) {
            return Optional.empty();
        }
        String written = dslr.split("\n", -1)[placed.line() - 1];
        return DslSentences.behind(written, overlaps).map(overlap -> new RuleProblem(placed.severity(), placed.file(),
                placed.line(), placed.column(), "this line says \"" + overlap.whole().key() + "\" ("
                + overlap.whole().where() + "), but the shorter sentence \"" + overlap.part().key() + "\" ("
                + overlap.part().where() + ") is part of it and took its place, leaving `" + word + "` behind,"
                + " which is not a condition Drools can read; reword one of the two sentences so that neither is"
                + " part of the other"));
    }

    /** Where a sentence of {@code dsl} writes {@code expression}, if it does. */
    private static Optional<RuleProblem> inSentence(RuleProblem problem, RuleFile dsl, String expression, String message) {
        Matcher sentence = Pattern.compile("(?m)^\\s*\\[[^\\n]*?(" + Pattern.quote(expression) + ")").matcher(dsl.content());
        if (!sentence.find()) {
            return Optional.empty();
        }
        int line = TextLines.lineAt(dsl.content(), sentence.start(1));
        return Optional.of(new RuleProblem(problem.severity(), dsl.path(), line,
                sentence.start(1) - offsetOfLine(dsl.content(), line) + 1, message));
    }

    /** The problem at the first match of {@code regex} between its line and the end of its rule. */
    private static RuleProblem withinRule(RuleProblem problem, String dslr, String regex, String message) {
        Matcher matcher = Pattern.compile(regex).matcher(dslr);
        matcher.region(offsetOfLine(dslr, Math.max(1, problem.line())), offsetOfLine(dslr, DslrLines.ruleEnd(dslr, problem.line()) + 1));
        if (matcher.find()) {
            int line = TextLines.lineAt(dslr, matcher.start());
            return new RuleProblem(problem.severity(), problem.file(), line, matcher.start() - offsetOfLine(dslr, line) + 1, message);
        }
        return new RuleProblem(problem.severity(), problem.file(), problem.line(), 0, message);
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
            int line = TextLines.lineAt(text, matcher.start());
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
