package org.workprivacy.rules.drools.load;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's consequence ({@code then ... end}) may only report to the verdict: {@code verdict.allow(kcontext)},
 * {@code verdict.deny(kcontext)} or {@code verdict.condition(kcontext)}. Anything else is Java (or MVEL) that
 * would run inside the engine, so it is refused rather than judged. (Rules see complete situations; the engine
 * itself asks for facts the caller left out, so a rule never asks for one.)
 */
final class ConsequenceSandbox {
    static final String ALLOWED = "a rule's consequence may only call verdict.allow(kcontext), verdict.deny(kcontext)"
            + " or verdict.condition(kcontext)";
    private static final Set<String> ACTIONS = Set.of("allow", "deny", "condition");
    private static final Pattern STATEMENT = Pattern.compile(
            "verdict\\s*\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(\\s*kcontext\\s*(?:,\\s*(\"[^\"\\n]*\")\\s*)?\\)\\s*(?:;|\\z)");
    private static final Pattern WORKING_MEMORY =
            Pattern.compile("\\b(modify|insert|insertLogical|retract|delete|update)\\b");
    private static final Pattern ENGINE = Pattern.compile("\\b(drools|kcontext)\\s*\\.");
    private static final Pattern NEW = Pattern.compile("\\bnew\\b");

    private ConsequenceSandbox() {
    }

    /**
     * Checks {@code masked} (comments and string contents blanked), whose first character sits at
     * {@code base} in the file; {@code raw} is the same span unmasked. Reports the first offence only:
     * after it the text is no longer verdict calls, and one clear message beats a cascade.
     */
    static Optional<SandboxFinding> check(String raw, String masked, int base) {
        int at = skipSpace(masked, 0);
        Matcher statement = STATEMENT.matcher(masked);
        while (at < masked.length()) {
            statement.region(at, masked.length());
            if (!statement.lookingAt()) {
                return Optional.of(new SandboxFinding(base + at, offence(raw, masked, at)));
            }
            String action = statement.group(1);
            String argument = statement.group(2);
            int nameAt = base + statement.start(1);
            if (action.equals("missing")) {
                return Optional.of(new SandboxFinding(nameAt, "verdict.missing is gone: rules describe complete situations"
                        + " and the engine asks for a fact the caller left out only when it matters; delete this rule"));
            } else if (!ACTIONS.contains(action)) {
                return Optional.of(new SandboxFinding(nameAt, "`VerdictCollector` has no action `" + action
                        + "`; a rule's consequence may call verdict.allow, verdict.deny or verdict.condition"));
            } else if (argument != null) {
                return Optional.of(new SandboxFinding(nameAt, "verdict." + action + " takes only kcontext"));
            }
            at = skipSpace(masked, statement.end());
        }
        return Optional.empty();
    }

    private static String offence(String raw, String masked, int at) {
        String code = masked.substring(at, lineEnd(masked, at));
        String statement = excerpt(raw, at);
        if (WORKING_MEMORY.matcher(code).lookingAt()) {
            return "consequence changes the facts with `" + statement + "`: " + ALLOWED;
        }
        Matcher engine = ENGINE.matcher(code);
        if (engine.find()) {
            return "consequence reaches into the engine with `" + engine.group(1) + ".`: " + ALLOWED;
        }
        if (NEW.matcher(code).find()) {
            return "consequence creates objects with `" + statement + "`: " + ALLOWED;
        }
        return "consequence runs `" + statement + "`: " + ALLOWED;
    }

    /** The statement at {@code at}, up to its semicolon or line end, shortened for a message. */
    static String excerpt(String text, int at) {
        String statement = text.substring(at, lineEnd(text, at)).strip().replaceAll("\\s+", " ");
        return statement.length() > 60 ? statement.substring(0, 57) + "..." : statement;
    }

    private static int lineEnd(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) != ';' && text.charAt(end) != '\n') {
            end++;
        }
        return end;
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
