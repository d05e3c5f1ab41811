package org.workprivacy.rules.drools.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one constraint of a pattern, as Drools' parser hands it over (the text of an
 * {@code ExprConstraintDescr}, e.g. {@code action == Action.SEARCH_MAIL}), with a parser of its own for
 * the little that is allowed: facts compared with values, {@code in (...)}, {@code &&}, {@code ||},
 * {@code !}, parentheses and bindings. Anything it cannot parse is refused (fail closed), so a method call,
 * a static field of another class, {@code new}, {@code matches} or an OOPath never reaches the engine.
 *
 * <pre>
 * or       = and { "||" and }
 * and      = unary { "&amp;&amp;" unary }
 * unary    = "!" unary | "(" or ")" | relop operand | relation
 * relation = [ NAME (":" | ":=") ] operand [ relop operand | ["not"] "in" "(" operand { "," operand } ")" ]
 * operand  = TEXT | ["-"] NUMBER | "true" | "false" | "null" | NAME | Type "." NAME | $binding "." NAME
 * </pre>
 */
final class ConstraintSandbox {
    static final String ALLOWED = "conditions may only compare a situation's facts with true, false, null or"
            + " their values (e.g. `Action.SEARCH_MAIL`)";
    /** Comments end at the first CR or LF: never later than for any reader of the text, so no code hides. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<space>\\s++|//[^\\r\\n]*+|/\\*(?:[^*]|\\*(?!/))*+\\*/)"
                    + "|(?<text>\"[^\"\\\\\\r\\n]*\"|'[^'\\\\\\r\\n]*')"
                    + "|(?<number>\\d+(?:\\.\\d+)?(?![\\w$]))"
                    + "|(?<name>[A-Za-z_$][\\w$]*)"
                    + "|(?<operator>==|!=|<=|>=|&&|\\|\\||:=|[<>!(),:.-])"
                    + "|(?<other>.)", Pattern.DOTALL);
    private static final Set<String> RELATIONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("new", "`new` creates objects"),
            Map.entry("drools", "`drools` reaches into the engine itself"),
            Map.entry("kcontext", "`kcontext` reaches into the engine itself"),
            Map.entry("eval", "`eval(...)` runs an expression while deciding"),
            Map.entry("from", "`from` takes facts from an arbitrary expression instead of the situation"),
            Map.entry("matches", "`matches` runs a regular expression, and some take forever on some texts (a"
                    + " decision would hang); situation facts are yes/no, values and numbers: compare them with == or in"),
            Map.entry("soundslike", "`soundslike` compares texts by their sound; situation facts are yes/no, values"
                    + " and numbers: compare them with == or in"));

    private record Token(String kind, String text, int at) {
        boolean is(String value) {
            return !kind.equals("text") && text.equals(value);
        }
    }

    /** Thrown inside the parser at the first offence; becomes the finding. */
    private static final class Refused extends RuntimeException {
        private final transient SandboxFinding finding;

        Refused(int at, String message) {
            super(message, null, false, false);
            this.finding = new SandboxFinding(at, message);
        }
    }

    private final List<Token> tokens;
    private int next;

    private ConstraintSandbox(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The first offence in {@code expression}; offsets count from its first character. */
    static Optional<SandboxFinding> check(String expression) {
        try {
            ConstraintSandbox parser = new ConstraintSandbox(tokens(expression));
            parser.or();
            if (parser.next < parser.tokens.size()) {
                throw parser.unexpected(parser.tokens.get(parser.next));
            }
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.finding);
        }
    }

    private static List<Token> tokens(String expression) {
        List<Token> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.length()) {
            if (!token.region(at, expression.length()).lookingAt()) {
                throw new Refused(at, "cannot read this condition: " + ALLOWED);
            }
            at = token.end();
            if (token.group("space") != null) {
                continue;
            }
            if (token.group("other") != null) {
                String text = token.group();
                throw new Refused(token.start(), (text.startsWith("/*") ? "an unclosed comment" : "unexpected `" + text + "`")
                        + " in a condition: " + ALLOWED);
            }
            String kind = token.group("text") != null ? "text" : token.group("number") != null ? "number"
                    : token.group("name") != null ? "name" : "operator";
            if (kind.equals("name") && KEYWORDS.containsKey(token.group())) {
                throw new Refused(token.start(), KEYWORDS.get(token.group()) + ": " + ALLOWED);
            }
            tokens.add(new Token(kind, token.group(), token.start()));
        }
        return tokens;
    }

    private void or() {
        and();
        while (accept("||")) {
            and();
        }
    }

    private void and() {
        unary();
        while (accept("&&")) {
            unary();
        }
    }

    private void unary() {
        if (accept("!")) {
            unary();
        } else if (accept("(")) {
            or();
            expect(")");
        } else if (peek().filter(t -> RELATIONS.contains(t.text()) && !t.kind().equals("text")).isPresent()) {
            next++; // "fourEyes != null && == true": the fact is the one on the left
            operand();
        } else {
            relation();
        }
    }

    private void relation() {
        Optional<Token> first = peek();
        if (first.isPresent() && first.get().kind().equals("name") && next + 1 < tokens.size()
                && (tokens.get(next + 1).is(":") || tokens.get(next + 1).is(":="))) {
            next += 2; // a binding: $mail : mailOpened
        }
        operand();
        Optional<Token> op = peek();
        if (op.isEmpty()) {
            return;
        }
        if (RELATIONS.contains(op.get().text()) && !op.get().kind().equals("text")) {
            next++;
            operand();
        } else if (op.get().is("in") || (op.get().is("not") && next + 1 < tokens.size() && tokens.get(next + 1).is("in"))) {
            next += op.get().is("not") ? 2 : 1;
            expect("(");
            operand();
            while (accept(",")) {
                operand();
            }
            expect(")");
        }
    }

    private void operand() {
        Token token = peek().orElseThrow(() -> new Refused(endOffset(), "a comparison is incomplete: " + ALLOWED));
        next++;
        switch (token.kind()) {
            case "text" -> members(token, false);
            case "number" -> members(token, false);
            case "operator" -> {
                if (token.is("-") && peek().filter(t -> t.kind().equals("number")).isPresent()) {
                    members(tokens.get(next++), false);
                } else {
                    throw unexpected(token);
                }
            }
            default -> members(token, true);
        }
    }

    /**
     * What follows an operand: a plain fact or value stands alone; {@code Type.VALUE} and
     * {@code $binding.fact} may have one member; nothing may be called.
     */
    private void members(Token head, boolean named) {
        StringBuilder chain = new StringBuilder(head.text());
        int segments = 0;
        while (peek().filter(t -> t.is(".")).isPresent()) {
            next++;
            Token member = peek().filter(t -> t.kind().equals("name"))
                    .orElseThrow(() -> new Refused(endOffsetOr(next), "cannot read this condition: " + ALLOWED));
            next++;
            segments++;
            chain.append('.').append(member.text());
            if (peek().filter(t -> t.is("(")).isPresent()) {
                throw named ? new Refused(head.at(), "calls `" + chain + "(...)`: " + ALLOWED)
                        : new Refused(member.at(), "calls `" + member.text() + "(...)`: " + ALLOWED);
            }
        }
        if (peek().filter(t -> t.is("(")).isPresent()) {
            throw named && Character.isUpperCase(head.text().charAt(0))
                    ? new Refused(head.at(), "unknown situation type `" + head.text() + "`: check its spelling; rules"
                            + " may only match " + SituationVocabulary.SITUATIONS)
                    : new Refused(head.at(), "calls `" + chain + "(...)`: " + ALLOWED);
        }
        if (segments > 0 && (!named || segments > 1 || !(head.text().startsWith("$")
                || SituationVocabulary.SIMPLE_NAMES.contains(head.text())))) {
            throw new Refused(head.at(), "refers to `" + chain + "`: " + ALLOWED);
        }
    }

    private boolean accept(String operator) {
        if (peek().filter(t -> t.is(operator)).isPresent()) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String operator) {
        if (!accept(operator)) {
            throw peek().map(this::unexpected)
                    .orElseGet(() -> new Refused(endOffset(), "`" + operator + "` is missing: " + ALLOWED));
        }
    }

    private Optional<Token> peek() {
        return next < tokens.size() ? Optional.of(tokens.get(next)) : Optional.empty();
    }

    private Refused unexpected(Token token) {
        return new Refused(token.at(), "unexpected `" + token.text() + "` in a condition: " + ALLOWED);
    }

    private int endOffset() {
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).at();
    }

    private int endOffsetOr(int index) {
        return index < tokens.size() ? tokens.get(index).at() : endOffset();
    }
}
