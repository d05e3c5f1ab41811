package org.workprivacy.rules.drools.load;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's conditions ({@code when ... then}) may only match situation facts: patterns such as
 * {@code OutOfOffice( action == Action.SEARCH_MAIL, mailOpened == false )}, combined with
 * {@code not}, {@code exists}, {@code forall}, {@code and}, {@code or} and {@code in}. Drools would also
 * accept Java and MVEL here ({@code eval}, {@code from}, method calls, static calls), which would run while
 * deciding, so those are refused.
 */
final class ConditionSandbox {
    static final String ALLOWED = "conditions may only compare a situation's facts with true, false, null or"
            + " their values (e.g. `Action.SEARCH_MAIL`)";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<space>\\s+)|(?<text>\"[^\"\\n]*\"|'[^'\\n]*')|(?<name>[A-Za-z_$][\\w$]*)|(?<number>\\d[\\w]*(?:\\.\\d[\\w]*)?)"
                    + "|(?<operator>==|!=|<=|>=|&&|\\|\\||:=|[(),:<>!.-])|(?<other>.)", Pattern.DOTALL);
    private static final Pattern CHAIN = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");
    /** Words that may stand before a parenthesis besides a situation type. */
    private static final Set<String> GROUPING = Set.of("not", "exists", "forall", "and", "or", "in");
    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("eval", "`eval(...)` runs an expression while deciding"),
            Map.entry("from", "`from` takes facts from an arbitrary expression instead of the situation"),
            Map.entry("accumulate", "`accumulate` runs code over facts from an arbitrary expression"),
            Map.entry("acc", "`acc` runs code over facts from an arbitrary expression"),
            Map.entry("collect", "`collect` gathers facts from an arbitrary expression"),
            Map.entry("window", "`window` declares a sliding window over facts"),
            Map.entry("entry", "an entry point feeds facts other than the situation"),
            Map.entry("new", "`new` creates objects"),
            Map.entry("drools", "`drools` reaches into the engine itself"),
            Map.entry("kcontext", "`kcontext` reaches into the engine itself"),
            Map.entry("matches", "`matches` runs a regular expression, and some take forever on some texts (a"
                    + " decision would hang); situation facts are yes/no, values and numbers: compare them with == or in"),
            Map.entry("soundslike", "`soundslike` compares texts by their sound; situation facts are yes/no, values"
                    + " and numbers: compare them with == or in"));

    private ConditionSandbox() {
    }

    /** Checks masked condition text starting at {@code base} in the file; reports the first offence. */
    static Optional<SandboxFinding> check(String masked, int base) {
        Matcher token = TOKEN.matcher(masked);
        int at = 0;
        while (at < masked.length() && token.find(at)) {
            at = token.end();
            if (token.group("other") != null) {
                return found(base + token.start(), "unexpected `" + token.group() + "` in a condition: " + ALLOWED);
            }
            if (token.group("name") == null) {
                continue;
            }
            String name = token.group("name");
            if (KEYWORDS.containsKey(name)) {
                return found(base + token.start(), KEYWORDS.get(name) + ": " + ALLOWED);
            }
            int next = skipSpace(masked, at);
            boolean call = next < masked.length() && masked.charAt(next) == '(';
            boolean member = next < masked.length() && masked.charAt(next) == '.';
            if (call && !SituationVocabulary.SIMPLE_NAMES.contains(name) && !GROUPING.contains(name)) {
                return found(base + token.start(), Character.isUpperCase(name.charAt(0))
                        ? "unknown situation type `" + name + "`: check its spelling; rules may only match "
                                + SituationVocabulary.SITUATIONS
                        : "calls `" + name + "(...)`: " + ALLOWED);
            }
            if (member) {
                Optional<SandboxFinding> chain = chain(masked, token.start(), base);
                if (chain.isPresent()) {
                    return chain;
                }
                at = chainEnd(masked, token.start());
            }
        }
        return Optional.empty();
    }

    /** {@code Head.name.name}: the head must be a situation type, an enum of one, or a bound {@code $variable}; no calls. */
    private static Optional<SandboxFinding> chain(String masked, int start, int base) {
        int end = chainEnd(masked, start);
        String chain = masked.substring(start, end).replaceAll("\\s+", "");
        String head = chain.substring(0, chain.indexOf('.'));
        int next = skipSpace(masked, end);
        boolean call = next < masked.length() && masked.charAt(next) == '(';
        if (call) {
            return found(base + start, "calls `" + chain + "(...)`: " + ALLOWED);
        }
        if (!head.startsWith("$") && !SituationVocabulary.SIMPLE_NAMES.contains(head)) {
            return found(base + start, "refers to `" + chain + "`: " + ALLOWED);
        }
        return Optional.empty();
    }

    private static int chainEnd(String masked, int start) {
        Matcher segment = CHAIN.matcher(masked).region(start, masked.length());
        return segment.lookingAt() ? segment.end() : start;
    }

    private static Optional<SandboxFinding> found(int offset, String message) {
        return Optional.of(new SandboxFinding(offset, message));
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
