package org.workprivacy.rules.drools.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;

/**
 * Keeps rule files to what legal staff need: matching situation facts and reporting to the verdict.
 * Drools would compile and run any Java or MVEL a rule file contains (and evaluates rule metadata while
 * building), so a rule file could read files, start processes or stop the JVM. This check runs before
 * Drools sees the files and allows only: {@code package}, imports of the situation types and their enums,
 * the {@code verdict} global, and rules with literal attributes, fact-matching conditions
 * ({@link ConditionSandbox}) and verdict calls as consequence ({@link ConsequenceSandbox}).
 */
final class SandboxLint {
    private static final String TOP_LEVEL = "a rule file may hold only package, import, global and rule";
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u");
    /** A CR not followed by LF: Java and Drools end a line there, a text editor may not show it at all. */
    private static final Pattern BARE_CR = Pattern.compile("\r(?!\n)");
    private static final Pattern SPACE = Pattern.compile("\\s*");
    private static final Pattern PACKAGE = Pattern.compile("package\\s+[\\w$.]+\\s*;?");
    private static final Pattern IMPORT = Pattern.compile("import\\b\\s*(?:(function|static|accumulate)\\b\\s*)?([\\w$.*]*)\\s*;?");
    private static final Pattern GLOBAL = Pattern.compile("global\\s+([\\w$.]+)\\s+([\\w$]+)\\s*;?");
    private static final Pattern DIALECT = Pattern.compile("dialect\\s+(?:\"[^\"\\n]*\"|'[^'\\n]*')\\s*;?");
    /** A .dslr file may still name its DSL file; it only selects mappings. */
    private static final Pattern EXPANDER = Pattern.compile("expander\\s+[\\w./-]+\\s*;?");
    private static final Pattern RULE = Pattern.compile("rule\\b");
    private static final Pattern WORD = Pattern.compile("[\\w$-]+|\\S");
    private static final Pattern NEXT_TOP_LEVEL =
            Pattern.compile("(?m)^\\s*(?:package|import|global|rule|function|declare|query|dialect|unit)\\b");
    private static final Pattern RULE_NAME = Pattern.compile("\\s*(?:\"[^\"\\n]*\"|'[^'\\n]*'|[\\w$]+)");
    private static final String LITERAL = "(?:\"[^\"\\n]*\"|'[^'\\n]*'|-?\\d+(?:\\.\\d+)?|true|false)";
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:@[\\w$-]+(?:\\s*\\(\\s*(?:" + LITERAL + "(?:\\s*,\\s*"
            + LITERAL + ")*)?\\s*\\)|(?!\\s*\\())"
            + "|extends\\s+(?:\"[^\"\\n]*\"|'[^'\\n]*'|[\\w$]+)"
            + "|salience\\s+-?\\d+"
            + "|no-loop(?:\\s+(?:true|false))?"
            + "|dialect\\s+(?:\"[^\"\\n]*\"|'[^'\\n]*')"
            + "|enabled\\s+true)(?![\\w$-])");
    /**
     * Attributes Drools knows that this engine cannot honour: it inserts one situation and fires every rule
     * once, in one agenda, at once. A rule in an agenda or ruleflow group, with focus, a timer, a calendar
     * or dates would silently not count (or fail while deciding), and {@code enabled false} switches it off.
     */
    private static final Pattern UNSUPPORTED_ATTRIBUTE = Pattern.compile(
            "(auto-focus|agenda-group|activation-group|ruleflow-group|lock-on-active|timer|duration|calendars"
                    + "|date-effective|date-expires|enabled)(?![\\w$-])");
    private static final String SUPPORTED_ATTRIBUTES = "a rule may have only salience N, no-loop, dialect"
            + " and enabled true: the engine fires every rule in one pass over one situation";
    private static final Pattern WHEN = Pattern.compile("\\bwhen\\b");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Pattern END = Pattern.compile("\\bend\\b");
    private static final Map<String, String> FORBIDDEN = Map.of(
            "function", "`function` blocks run arbitrary Java code: " + TOP_LEVEL,
            "declare", "`declare` defines new fact types: rules may only match the situation types; " + TOP_LEVEL,
            "query", "queries are not allowed: " + TOP_LEVEL,
            "unit", "rule units are not allowed: " + TOP_LEVEL,
            "global", "the only global a rule file may declare is `global " + SituationVocabulary.VERDICT_COLLECTOR
                    + " " + SituationVocabulary.VERDICT_GLOBAL + ";`");

    private SandboxLint() {
    }

    /** Every sandbox violation in the rule set's .drl, .dsl and (expanded) .dslr files. */
    static List<RuleProblem> check(RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.withExtension("drl").forEach(file -> problems.addAll(check(file.path(), file.content())));
        problems.addAll(DslSandbox.check(files));
        return problems;
    }

    /** Violations in one DRL text, located in {@code path}. */
    static List<RuleProblem> check(String path, String content) {
        MaskedSource source = MaskedSource.of(content);
        return findings(source).stream()
                .map(f -> new RuleProblem(Severity.ERROR, path, source.line(f.offset()), source.column(f.offset()), f.message()))
                .toList();
    }

    static List<SandboxFinding> findings(MaskedSource source) {
        List<SandboxFinding> findings = new ArrayList<>();
        Matcher escape = UNICODE_ESCAPE.matcher(source.raw());
        while (escape.find()) {
            findings.add(new SandboxFinding(escape.start(), "unicode escapes (\\uXXXX) are not allowed in rule files:"
                    + " the Java compiler decodes them even inside comments and texts, so they can hide code"));
        }
        Matcher cr = BARE_CR.matcher(source.raw());
        if (cr.find()) {
            findings.add(new SandboxFinding(cr.start(), "a carriage return (CR) without a line feed is not allowed in"
                    + " rule files: the compiler ends a line there where an editor may not, which can hide code in a"
                    + " comment; save the file with LF or CRLF line endings"));
        }
        String masked = source.masked();
        int at = skip(masked, 0);
        boolean seenRule = false;
        while (at < masked.length()) {
            Matcher item;
            if ((item = at(PACKAGE, masked, at)).lookingAt() || (item = at(DIALECT, masked, at)).lookingAt()
                    || (!seenRule && (item = at(EXPANDER, masked, at)).lookingAt())) {
                at = item.end();
            } else if (seenRule && at(EXPANDER, masked, at).lookingAt()) {
                // Drools reads what follows an expander after the rules differently from this check.
                findings.add(new SandboxFinding(at, "`expander` may only stand at the top of a rule file, before its"
                        + " rules"));
                Matcher next = NEXT_TOP_LEVEL.matcher(masked);
                at = next.find(at + "expander".length()) ? next.start() : masked.length();
            } else if ((item = at(IMPORT, masked, at)).lookingAt()) {
                importFinding(item, at).ifPresent(findings::add);
                at = item.end();
            } else if ((item = at(GLOBAL, masked, at)).lookingAt()
                    && item.group(1).equals(SituationVocabulary.VERDICT_COLLECTOR)
                    && item.group(2).equals(SituationVocabulary.VERDICT_GLOBAL)) {
                at = item.end();
            } else if (at(RULE, masked, at).lookingAt()) {
                seenRule = true;
                at = rule(source, at, findings);
            } else {
                Matcher word = at(WORD, masked, at);
                word.lookingAt();
                findings.add(new SandboxFinding(at, FORBIDDEN.getOrDefault(word.group(),
                        "unexpected `" + word.group() + "`: " + TOP_LEVEL)));
                Matcher next = NEXT_TOP_LEVEL.matcher(masked);
                at = next.find(word.end()) ? next.start() : masked.length();
            }
            at = skip(masked, at);
        }
        return findings;
    }

    private static Optional<SandboxFinding> importFinding(Matcher item, int at) {
        if (item.group(1) != null) {
            return Optional.of(new SandboxFinding(at, "`import " + item.group(1) + "` brings in arbitrary code:"
                    + " a rule file may import only the situation types and their values"));
        }
        if (!SituationVocabulary.IMPORTS.contains(item.group(2))) {
            return Optional.of(new SandboxFinding(at, "imports `" + item.group(2) + "`: a rule file may import only the"
                    + " situation types and their values, e.g. `import org.workprivacy.rules.api.situation.OutOfOffice.Action;`"));
        }
        return Optional.empty();
    }

    /** Checks one rule from its {@code rule} keyword; returns the offset after its {@code end}. */
    private static int rule(MaskedSource source, int start, List<SandboxFinding> findings) {
        String masked = source.masked();
        Matcher then = THEN.matcher(masked);
        Matcher end = END.matcher(masked);
        if (!then.find(start) || !end.find(then.end())) {
            findings.add(new SandboxFinding(start, "rule without `then` and `end`"));
            return masked.length();
        }
        Matcher when = WHEN.matcher(masked).region(start, then.start());
        boolean hasWhen = when.find();
        header(masked, start + "rule".length(), hasWhen ? when.start() : then.start()).ifPresent(findings::add);
        if (hasWhen) {
            ConditionSandbox.check(masked.substring(when.end(), then.start()), when.end()).ifPresent(findings::add);
        }
        ConsequenceSandbox.check(source.raw().substring(then.end(), end.start()),
                masked.substring(then.end(), end.start()), then.end()).ifPresent(findings::add);
        return end.end();
    }

    /** The rule's name and attributes: literal values only, since Drools evaluates metadata while building. */
    private static Optional<SandboxFinding> header(String masked, int from, int to) {
        Matcher name = RULE_NAME.matcher(masked).region(from, to);
        if (!name.lookingAt()) {
            return Optional.of(new SandboxFinding(from, "a rule needs a name in quotes"));
        }
        int at = name.end();
        Matcher attribute = ATTRIBUTE.matcher(masked);
        while ((at = skipSpaceAndCommas(masked, at, to)) < to) {
            attribute.region(at, to);
            if (!attribute.lookingAt()) {
                Matcher unsupported = UNSUPPORTED_ATTRIBUTE.matcher(masked).region(at, to);
                if (unsupported.lookingAt()) {
                    return Optional.of(new SandboxFinding(at, "rule attribute `" + unsupported.group(1)
                            + (unsupported.group(1).equals("enabled") ? " false` switches the rule off; delete the rule"
                                    + " or comment it out instead" : "` is not supported by this engine")
                            + ": " + SUPPORTED_ATTRIBUTES));
                }
                Matcher word = at(WORD, masked, at);
                word.lookingAt();
                return Optional.of(new SandboxFinding(at, word.group().startsWith("@")
                        ? "rule metadata may hold only texts, numbers, true or false: Drools evaluates it as an"
                                + " expression while building the rules"
                        : "rule attribute `" + word.group() + "` is not allowed here: attributes may only be literal"
                                + " (salience 10, no-loop, enabled true)"));
            }
            at = attribute.end();
        }
        return Optional.empty();
    }

    private static Matcher at(Pattern pattern, String text, int at) {
        return pattern.matcher(text).region(at, text.length());
    }

    private static int skip(String text, int at) {
        Matcher space = at(SPACE, text, at);
        return space.lookingAt() ? space.end() : at;
    }

    private static int skipSpaceAndCommas(String text, int at, int to) {
        while (at < to && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
        return at;
    }
}
