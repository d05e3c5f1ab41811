package org.workprivacy.rules.drools.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.load.DslrLines;
import org.workprivacy.rules.drools.load.ParsedRuleFiles.ParsedRuleFile;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.load.TextLines;

/**
 * Keeps rule files to what legal staff need: matching situation facts and reporting to the verdict.
 * Drools would compile and run any Java or MVEL a rule file contains (and evaluates rule metadata while
 * building), so a rule file could read files, start processes or stop the JVM. This check runs before
 * Drools builds anything, on the tree Drools' own parser makes of each file ({@link ParsedRuleFiles}), and
 * allows only: {@code package}, imports of the situation types and their enums, the {@code verdict} global,
 * and rules with literal attributes, fact-matching conditions ({@link ConstraintSandbox}) and verdict calls
 * as consequence ({@link ConsequenceSandbox}). The one check on the raw text is for unicode escapes, which
 * the Java compiler decodes before it reads anything else.
 */
final class SandboxLint {
    private static final String TOP_LEVEL = "a rule file may hold only package, import, global and rule";
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u");
    private static final String LITERAL = "(?:\"[^\"\\\\\\r\\n]*+\"|'[^'\\\\\\r\\n]*+'|-?\\d++(?:\\.\\d++)?|true|false)";
    /** What Drools keeps of a metadata value: literals, comma-separated, quotes included. */
    private static final Pattern METADATA = Pattern.compile("\\s*+" + LITERAL + "(?:\\s*+,\\s*+" + LITERAL + ")*+\\s*+");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    /**
     * Attributes Drools knows that this engine cannot honour: it inserts one situation and fires every rule
     * once, in one agenda, at once. A rule in an agenda or ruleflow group, with focus, a timer, a calendar
     * or dates would silently not count (or fail while deciding), and {@code enabled false} switches it off.
     */
    private static final Set<String> UNSUPPORTED_ATTRIBUTES = Set.of("auto-focus", "agenda-group", "activation-group",
            "ruleflow-group", "lock-on-active", "timer", "duration", "calendars", "date-effective", "date-expires");
    private static final String SUPPORTED_ATTRIBUTES = "a rule may have only salience N, no-loop, dialect"
            + " and enabled true: the engine fires every rule in one pass over one situation";
    private static final Map<Class<?>, String> ELEMENTS = Map.of(
            EvalDescr.class, "`eval(...)` runs an expression while deciding",
            FromDescr.class, "`from` takes facts from an arbitrary expression instead of the situation",
            AccumulateDescr.class, "`accumulate` runs code over facts from an arbitrary expression",
            CollectDescr.class, "`collect` gathers facts from an arbitrary expression",
            EntryPointDescr.class, "an entry point feeds facts other than the situation");

    private SandboxLint() {
    }

    /** Every sandbox violation in the rule set's .drl, .dsl and (expanded) .dslr files. */
    static List<RuleProblem> check(RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.withExtension("drl", "dslr", "dsl").forEach(file -> problems.addAll(unicodeEscapes(file)));
        List<RuleProblem> dsl = DslSandbox.check(files);
        problems.addAll(dsl);
        // With a broken mapping the .dslr files are not even expanded: the mapping is reported once, where it
        // is written, and a sentence that could make expanding hang never runs.
        RuleSetFiles checked = dsl.isEmpty() ? files
                : new RuleSetFiles(files.origin(), files.withExtension("drl").toList());
        for (ParsedRuleFile parsed : ParsedRuleFiles.of(checked).files()) {
            problems.addAll(check(parsed));
        }
        return problems;
    }

    /** Unicode escapes anywhere: the Java compiler decodes them even inside comments and texts. */
    private static List<RuleProblem> unicodeEscapes(RuleFile file) {
        List<RuleProblem> problems = new ArrayList<>();
        Matcher escape = UNICODE_ESCAPE.matcher(file.content());
        while (escape.find()) {
            problems.add(at(file.path(), file.content(), escape.start(), "unicode escapes (\\uXXXX) are not allowed in"
                    + " rule files: the Java compiler decodes them even inside comments and texts, so they can hide code"));
        }
        return problems;
    }

    /**
     * Violations in one parsed file. A file Drools cannot read gets none here: Drools reports its syntax
     * errors, and a file that does not parse is never built; nor is a .dslr file with a line no sentence
     * matched ({@code RuleSetCompiler.writeCheckedSources}).
     */
    static List<RuleProblem> check(ParsedRuleFile parsed) {
        RuleFile file = parsed.file();
        if (!parsed.readable()) {
            // Not built: a line no sentence matched is reported by the compiler, a syntax error by Drools.
            return List.of();
        }
        List<SandboxFinding> findings = new ArrayList<>();
        new Walk(parsed.text(), findings).packageDescr(parsed.tree().orElseThrow());
        return findings.stream().map(f -> file.hasExtension("dslr")
                ? new RuleProblem(Severity.ERROR, file.path(), DslrLines.sourceLine(file.content(),
                        TextLines.lineAt(parsed.text(), f.offset())), 0, "after DSL expansion: " + f.message())
                : at(file.path(), parsed.text(), f.offset(), f.message())).toList();
    }

    private static RuleProblem at(String path, String text, int offset, String message) {
        int line = TextLines.lineAt(text, offset);
        int column = offset - Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
        return new RuleProblem(Severity.ERROR, path, line, column, message);
    }

    /** One walk over a file's tree, collecting findings at offsets into the parsed text. */
    private record Walk(String text, List<SandboxFinding> findings) {
        void packageDescr(PackageDescr pkg) {
            for (ImportDescr anImport : pkg.getImports()) {
                if (!SituationVocabulary.IMPORTS.contains(anImport.getTarget())) {
                    found(anImport, "imports `" + anImport.getTarget() + "`: a rule file may import only the situation"
                            + " types and their values, e.g. `import org.workprivacy.rules.api.situation.OutOfOffice.Action;`");
                }
            }
            pkg.getFunctionImports().forEach(i -> found(i, "`import " + keywordAt(i, "function", "static")
                    + "` brings in arbitrary code: a rule file may import only the situation types and their values"));
            pkg.getAccumulateImports().forEach(i -> found(i, "`import accumulate` brings in arbitrary code: a rule"
                    + " file may import only the situation types and their values"));
            for (GlobalDescr global : pkg.getGlobals()) {
                if (!global.getType().equals(SituationVocabulary.VERDICT_COLLECTOR)
                        || !global.getIdentifier().equals(SituationVocabulary.VERDICT_GLOBAL)) {
                    found(global, "the only global a rule file may declare is `global "
                            + SituationVocabulary.VERDICT_COLLECTOR + " " + SituationVocabulary.VERDICT_GLOBAL + ";`");
                }
            }
            pkg.getFunctions().forEach(f -> found(f, "`function` blocks run arbitrary Java code: " + TOP_LEVEL));
            pkg.getTypeDeclarations().forEach(d -> foundAt(keywordBefore(d, "declare"), "`declare` defines new fact types: rules may only match the"
                    + " situation types; " + TOP_LEVEL));
            pkg.getEnumDeclarations().forEach(d -> foundAt(keywordBefore(d, "declare"), "`declare` defines new fact types: " + TOP_LEVEL));
            pkg.getEntryPointDeclarations().forEach(d -> foundAt(keywordBefore(d, "declare"), "`declare` of an entry point: " + TOP_LEVEL));
            pkg.getWindowDeclarations().forEach(d -> foundAt(keywordBefore(d, "declare"), "`declare` of a window: " + TOP_LEVEL));
            if (pkg.getUnit() != null) {
                found(pkg.getUnit(), "rule units are not allowed: " + TOP_LEVEL);
            }
            pkg.getAttributes().forEach(this::attribute);
            for (RuleDescr rule : pkg.getRules()) {
                if (rule instanceof QueryDescr) {
                    found(rule, "queries are not allowed: " + TOP_LEVEL);
                } else {
                    rule(rule);
                }
            }
        }

        void rule(RuleDescr rule) {
            if (rule.getUnit() != null) {
                found(rule, "rule units are not allowed: " + TOP_LEVEL);
            }
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                boolean literal = annotation.getValueMap().entrySet().stream().allMatch(e -> e.getKey().matches("[\\w$]+")
                        && e.getValue() instanceof String value && METADATA.matcher(value).matches());
                if (!literal) {
                    foundAt(headerOffset(rule, "@" + annotation.getName()), "rule metadata may hold only texts, numbers,"
                            + " true or false: Drools evaluates it as an expression while building the rules");
                }
            }
            rule.getAttributes().values().forEach(this::attribute);
            if (!rule.getNamedConsequences().isEmpty()) {
                found(rule, "named consequences (`then[...]`, `do[...]`) are not allowed: " + ConsequenceSandbox.ALLOWED);
            }
            if (rule.getLhs() != null) {
                element(rule.getLhs());
            }
            Object consequence = rule.getConsequence();
            String code = consequence == null ? "" : consequence.toString();
            int base = consequenceOffset(rule, code);
            ConsequenceSandbox.check(code).ifPresent(f -> foundAt(base + f.offset(), f.message()));
        }

        void attribute(AttributeDescr attribute) {
            String name = attribute.getName();
            String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
            boolean fine = switch (name) {
                case "salience" -> INTEGER.matcher(value).matches();
                case "no-loop" -> value.equals("true") || value.equals("false");
                case "dialect" -> value.matches("\"?(java|mvel)\"?");
                case "enabled" -> value.equals("true");
                default -> false;
            };
            if (fine) {
                return;
            }
            String message;
            if (name.equals("enabled") && value.equals("false")) {
                message = "rule attribute `enabled false` switches the rule off; delete the rule or comment it out instead";
            } else if (UNSUPPORTED_ATTRIBUTES.contains(name)) {
                message = "rule attribute `" + name + "` is not supported by this engine";
            } else {
                message = "rule attribute `" + name + "` is not allowed here: attributes may only be literal"
                        + " (salience 10, no-loop, enabled true)";
            }
            foundAt(keywordBefore(attribute, name), message + ": " + SUPPORTED_ATTRIBUTES);
        }

        void element(BaseDescr element) {
            if (element instanceof PatternDescr pattern) {
                pattern(pattern);
            } else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                    || element instanceof ExistsDescr || element instanceof ForallDescr) {
                for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
                    element(child);
                }
            } else {
                found(element, ELEMENTS.getOrDefault(element.getClass(), "this condition element is not allowed")
                        + ": " + ConstraintSandbox.ALLOWED);
            }
        }

        void pattern(PatternDescr pattern) {
            if (pattern.getSource() != null) {
                String message = ELEMENTS.getOrDefault(pattern.getSource().getClass(),
                        "a pattern may only match the situation itself");
                int at = keywordOffset(pattern, pattern.getSource() instanceof AccumulateDescr ? "accumulate"
                        : pattern.getSource() instanceof CollectDescr ? "collect" : "from");
                foundAt(at, message + ": " + ConstraintSandbox.ALLOWED);
                return;
            }
            if (pattern.isQuery() || !pattern.getBehaviors().isEmpty()) {
                found(pattern, "queries and windows are not allowed in conditions: " + ConstraintSandbox.ALLOWED);
                return;
            }
            String type = pattern.getObjectType() == null ? "" : pattern.getObjectType().strip();
            if (type.isEmpty()) {
                // No type: an OOPath (/situations[...]) or the like, kept as a constraint; say what is in it.
                pattern.getConstraint().getDescrs().stream().findFirst().ifPresentOrElse(c -> constraint(c, pattern),
                        () -> found(pattern, "a pattern needs a situation type: rules may only match "
                                + SituationVocabulary.SITUATIONS));
                return;
            }
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (!SituationVocabulary.SITUATION_TYPES.contains(simple)
                    || (type.contains(".") && !SituationVocabulary.IMPORTS.contains(type))) {
                found(pattern, "unknown situation type `" + type + "`: check its spelling; rules may only match "
                        + SituationVocabulary.SITUATIONS);
                return;
            }
            pattern.getConstraint().getDescrs().forEach(c -> constraint(c, pattern));
        }

        void constraint(BaseDescr constraint, PatternDescr pattern) {
            String expression = constraint instanceof ExprConstraintDescr expr ? expr.getExpression()
                    : constraint instanceof BindingDescr binding ? binding.getVariable() + " : " + binding.getExpression()
                    : null;
            if (expression == null) {
                found(constraint, "this constraint is not allowed: " + ConstraintSandbox.ALLOWED);
                return;
            }
            int base = constraint.getStartCharacter() >= 0 ? constraint.getStartCharacter()
                    : text.indexOf(expression, offsetOf(pattern)); // an OOPath has no place of its own
            boolean raw = base >= 0 && text.startsWith(expression, base);
            ConstraintSandbox.check(expression).ifPresent(f -> foundAt(raw ? base + f.offset() : offsetOf(pattern),
                    f.message()));
        }

        /** Where the consequence Drools keeps starts in the text (after {@code then}), else the rule start. */
        private int consequenceOffset(RuleDescr rule, String code) {
            int start = Math.max(0, rule.getStartCharacter());
            int then = text.indexOf("then", Math.max(start, rule.getLhs() == null ? start
                    : Math.max(start, rule.getLhs().getEndCharacter())));
            int from = then < 0 ? start : then;
            int at = code.isEmpty() ? -1 : text.indexOf(code, from);
            return at >= 0 ? at : from;
        }

        /** The last {@code word} at or before the descr's place (Drools places some descrs after their keyword). */
        private int keywordBefore(BaseDescr descr, String word) {
            int start = offsetOf(descr);
            int at = text.lastIndexOf(word, start);
            return at >= 0 ? at : start;
        }

        private int headerOffset(RuleDescr rule, String word) {
            int start = Math.max(0, rule.getStartCharacter());
            int at = text.indexOf(word, start);
            return at >= 0 ? at : start;
        }

        private int keywordOffset(BaseDescr descr, String word) {
            int start = Math.max(0, descr.getStartCharacter());
            Matcher keyword = Pattern.compile("\\b" + word + "\\b").matcher(text);
            return keyword.find(start) ? keyword.start() : start;
        }

        private String keywordAt(BaseDescr descr, String... words) {
            int start = Math.max(0, descr.getStartCharacter());
            for (String word : words) {
                Matcher keyword = Pattern.compile("\\bimport\\s+" + word + "\\b").matcher(text);
                if (keyword.find(start) && keyword.start() == start) {
                    return word;
                }
            }
            return words[0];
        }

        private void found(BaseDescr descr, String message) {
            foundAt(offsetOf(descr), message);
        }

        private void foundAt(int offset, String message) {
            findings.add(new SandboxFinding(Math.max(0, Math.min(offset, text.length())), message));
        }

        /** A descr's place: its first character, else its line and column, else the file start. */
        private int offsetOf(BaseDescr descr) {
            if (descr.getStartCharacter() >= 0) {
                return descr.getStartCharacter();
            }
            if (descr.getLine() > 0) {
                int offset = 0;
                for (int line = 1; line < descr.getLine() && offset >= 0; line++) {
                    offset = text.indexOf('\n', offset) + 1;
                }
                return Math.max(0, offset) + Math.max(0, descr.getColumn());
            }
            return 0;
        }
    }
}
