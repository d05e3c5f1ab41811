package org.workprivacy.rules.drools.lint;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.load.DslrLines;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.load.TextLines;

/**
 * Catches what Drools compiles silently but can never match: a yes/no fact or a fact with fixed values
 * compared with a text, such as {@code mailOpened == "yes"}. Such a rule would never fire, so a
 * permission or a prohibition would quietly disappear.
 */
final class FactComparisonLint {
    private static final Pattern TEXT_COMPARISON =
            Pattern.compile("\\b([a-zA-Z_]\\w*)\\s*(==|!=)\\s*\"([^\"]*)\"");
    private static final Map<String, Map<String, Class<?>>> FACT_TYPES = factTypes();
    private static final Pattern SITUATION_PATTERN = Pattern.compile("\\b(" + String.join("|", FACT_TYPES.keySet()) + ")\\s*\\(");

    private FactComparisonLint() {
    }

    /** Per situation type (simple name), its yes/no and fixed-value facts. */
    private static Map<String, Map<String, Class<?>>> factTypes() {
        Map<String, Map<String, Class<?>>> types = new HashMap<>();
        for (Scenario scenario : Scenario.values()) {
            Map<String, Class<?>> facts = new HashMap<>();
            for (RecordComponent component : scenario.situationType().getRecordComponents()) {
                Class<?> type = component.getType();
                if (type == Boolean.class || type.isEnum()) {
                    facts.put(component.getName(), type);
                }
            }
            types.put(scenario.situationType().getSimpleName(), Map.copyOf(facts));
        }
        return Map.copyOf(types);
    }

    /** The type of {@code fact} in the situation pattern that encloses {@code offset}, if any. */
    private static Class<?> typeAt(String code, int offset, String fact) {
        Matcher pattern = SITUATION_PATTERN.matcher(code);
        String enclosing = null;
        while (pattern.find() && pattern.start() < offset) {
            enclosing = pattern.group(1);
        }
        if (enclosing != null) {
            return FACT_TYPES.get(enclosing).get(fact);
        }
        // A .dsl constraint ("- ...=fact == value") has no pattern around it: take the fact from any scenario.
        return FACT_TYPES.values().stream().map(facts -> facts.get(fact)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /**
     * Comparisons in the rules' patterns as Drools parsed them (a .dslr file's expanded), and in the .dsl
     * mappings where a sentence writes one: reported where it is written, once.
     */
    static List<RuleProblem> check(RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (ParsedRuleFiles.ParsedRuleFile parsed : ParsedRuleFiles.of(files).files()) {
            parsed.tree().ifPresent(descr -> descr.getRules().forEach(rule -> {
                if (rule.getLhs() != null) {
                    patterns(rule.getLhs(), pattern -> problems.addAll(inPattern(parsed, pattern)));
                }
            }));
        }
        files.withExtension("dsl").forEach(dsl -> {
            String[] lines = dsl.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().startsWith("#")) {
                    continue; // a comment of the decision language
                }
                Matcher matcher = TEXT_COMPARISON.matcher(lines[i]);
                while (matcher.find()) {
                    Class<?> type = typeAt(lines[i], matcher.start(), matcher.group(1));
                    if (type != null) {
                        problems.add(new RuleProblem(Severity.ERROR, dsl.path(), i + 1, matcher.start() + 1,
                                explain(matcher.group(1), matcher.group(3), type)));
                    }
                }
            }
        });
        return problems;
    }

    private static void patterns(BaseDescr element, java.util.function.Consumer<PatternDescr> action) {
        if (element instanceof PatternDescr pattern) {
            action.accept(pattern);
        } else if (element instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> patterns((BaseDescr) child, action));
        }
    }

    private static List<RuleProblem> inPattern(ParsedRuleFiles.ParsedRuleFile parsed, PatternDescr pattern) {
        String type = pattern.getObjectType() == null ? "" : pattern.getObjectType();
        Map<String, Class<?>> facts = FACT_TYPES.get(type.substring(type.lastIndexOf('.') + 1));
        List<RuleProblem> problems = new ArrayList<>();
        if (facts == null) {
            return problems;
        }
        RuleFile file = parsed.file();
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr) || constraint.getStartCharacter() < 0) {
                continue;
            }
            Matcher matcher = TEXT_COMPARISON.matcher(expr.getExpression());
            while (matcher.find()) {
                Class<?> factType = facts.get(matcher.group(1));
                if (factType == null) {
                    continue;
                }
                int offset = constraint.getStartCharacter() + matcher.start();
                int line = TextLines.lineAt(parsed.text(), offset);
                int column = offset - parsed.text().lastIndexOf('\n', offset - 1);
                String message = explain(matcher.group(1), matcher.group(3), factType);
                if (file.hasExtension("dslr")) {
                    // Written in the rule itself (not by a sentence, which is reported in its .dsl file)?
                    int written = DslrLines.sourceLine(file.content(), line);
                    String[] lines = file.content().split("\n", -1);
                    int at = written >= 1 && written <= lines.length ? lines[written - 1].indexOf(matcher.group()) : -1;
                    if (at >= 0) {
                        problems.add(new RuleProblem(Severity.ERROR, file.path(), written, at + 1, message));
                    }
                } else {
                    problems.add(new RuleProblem(Severity.ERROR, file.path(), line, column, message));
                }
            }
        }
        return problems;
    }

    private static String explain(String fact, String text, Class<?> type) {
        if (type == Boolean.class) {
            return "fact `" + fact + "` is yes/no; comparing it with the text \"" + text
                    + "\" never matches, so this rule would never fire. Write `" + fact + " == true` or `" + fact + " == false`";
        }
        String values = Arrays.stream(type.getEnumConstants())
                .map(c -> type.getSimpleName() + "." + ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        return "fact `" + fact + "` takes one of " + values + "; comparing it with the text \"" + text
                + "\" never matches, so this rule would never fire";
    }
}
