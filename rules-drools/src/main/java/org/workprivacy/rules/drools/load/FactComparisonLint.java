package org.workprivacy.rules.drools.load;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.situation.Scenario;

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

    static List<RuleProblem> check(RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.withExtension("drl", "dslr", "dsl").forEach(file -> {
            String code = withoutComments(file.content());
            Matcher matcher = TEXT_COMPARISON.matcher(code);
            while (matcher.find()) {
                Class<?> type = typeAt(code, matcher.start(), matcher.group(1));
                if (type != null) {
                    int line = RuleLocator.lineAt(code, matcher.start());
                    int column = matcher.start() - code.lastIndexOf('\n', matcher.start() - 1);
                    problems.add(new RuleProblem(Severity.ERROR, file.path(), line, column,
                            explain(matcher.group(1), matcher.group(3), type)));
                }
            }
        });
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

    /** Blanks out comments but keeps line breaks, so positions stay true. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        boolean inString = false;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < code.length()) {
                    out.append(code.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                i++;
            } else if (c == '"') {
                inString = true;
                out.append(c);
                i++;
            } else if (code.startsWith("//", i) || (c == '#' && (i == 0 || code.charAt(i - 1) == '\n'))) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                for (; i < end; i++) {
                    out.append(code.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
