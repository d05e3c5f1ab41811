package org.workprivacy.rules.drools.lint;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's consequence may only report to the verdict: {@code verdict.allow(kcontext)},
 * {@code verdict.deny(kcontext)} or {@code verdict.condition(kcontext)}. Anything else is Java (or MVEL) that
 * would run inside the engine, so it is refused rather than judged. Checked on exactly the text Drools
 * compiles (the consequence of the parsed rule, or a DSL mapping's right-hand side), read as the Java
 * compiler reads it: a comment ends at the first CR or LF, a text may hold escaped quotes.
 */
final class ConsequenceSandbox {
    static final String ALLOWED = "a rule's consequence may only call verdict.allow(kcontext), verdict.deny(kcontext)"
            + " or verdict.condition(kcontext)";
    private static final Set<String> ACTIONS = Set.of("allow", "deny", "condition");
    /** Blanks and comments; an unclosed block comment is not matched and so refused. */
    private static final String GAP = "(?:\\s|//[^\\r\\n]*+|/\\*(?:[^*]|\\*(?!/))*+\\*/)*+"; // possessive: no backtracking
    private static final Pattern SPACE = Pattern.compile(GAP);
    private static final Pattern STATEMENT = Pattern.compile("verdict" + GAP + "\\." + GAP + "([A-Za-z_$][\\w$]*)" + GAP
            + "\\(" + GAP + "kcontext" + GAP + "(?:," + GAP + "(\"(?:[^\"\\\\\\r\\n]|\\\\.)*+\")" + GAP + ")?\\)" + GAP
            + "(?:;|\\z)");
    private static final Pattern WORKING_MEMORY =
            Pattern.compile("(modify|insert|insertLogical|retract|delete|update)\\b");
    private static final Pattern ENGINE = Pattern.compile("\\b(drools|kcontext)\\s*\\.");
    private static final Pattern NEW = Pattern.compile("\\bnew\\b");

    private ConsequenceSandbox() {
    }

    /**
     * The first offence in {@code code}, at an offset into it. Only the first: after it the text is no longer
     * verdict calls, and one clear message beats a cascade.
     */
    static Optional<SandboxFinding> check(String code) {
        int at = skipSpace(code, 0);
        Matcher statement = STATEMENT.matcher(code);
        while (at < code.length()) {
            statement.region(at, code.length());
            if (!statement.lookingAt()) {
                return Optional.of(new SandboxFinding(at, offence(code, at)));
            }
            String action = statement.group(1);
            String argument = statement.group(2);
            int nameAt = statement.start(1);
            if (action.equals("missing")) {
                return Optional.of(new SandboxFinding(nameAt, "verdict.missing is gone: rules describe complete situations"
                        + " and the engine asks for a fact the caller left out only when it matters; delete this rule"));
            } else if (!ACTIONS.contains(action)) {
                return Optional.of(new SandboxFinding(nameAt, "`VerdictCollector` has no action `" + action
                        + "`; a rule's consequence may call verdict.allow, verdict.deny or verdict.condition"));
            } else if (argument != null) {
                return Optional.of(new SandboxFinding(nameAt, "verdict." + action + " takes only kcontext"));
            }
            at = skipSpace(code, statement.end());
        }
        return Optional.empty();
    }

    private static String offence(String code, int at) {
        String statement = excerpt(code, at);
        if (WORKING_MEMORY.matcher(statement).lookingAt()) {
            return "consequence changes the facts with `" + statement + "`: " + ALLOWED;
        }
        Matcher engine = ENGINE.matcher(statement);
        if (engine.find()) {
            return "consequence reaches into the engine with `" + engine.group(1) + ".`: " + ALLOWED;
        }
        if (NEW.matcher(statement).find()) {
            return "consequence creates objects with `" + statement + "`: " + ALLOWED;
        }
        return "consequence runs `" + statement + "`: " + ALLOWED;
    }

    /** The statement at {@code at}, up to its semicolon or line end, shortened for a message. */
    static String excerpt(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) != ';' && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String statement = text.substring(at, end).strip().replaceAll("\\s+", " ");
        return statement.length() > 60 ? statement.substring(0, 57) + "..." : statement;
    }

    private static int skipSpace(String text, int at) {
        Matcher space = SPACE.matcher(text).region(at, text.length());
        return space.lookingAt() ? space.end() : at;
    }
}
