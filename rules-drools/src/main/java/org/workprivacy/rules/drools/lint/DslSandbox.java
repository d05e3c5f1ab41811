package org.workprivacy.rules.drools.lint;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.load.LastUsed;
import org.workprivacy.rules.drools.load.ParsedRuleFiles.ParsedRuleFile;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.load.TextLines;

/**
 * The sandbox for rules written in a DSL: each mapping's right-hand side in a {@code .dsl} file must be
 * an allowed condition or consequence (placeholders such as {@code {value}} stand for a name), and each
 * {@code .dslr} file, once expanded with the rule set's DSL files as Drools would, must pass the same
 * check as a {@code .drl} file.
 */
final class DslSandbox {
    private static final Pattern MAPPING = Pattern.compile("\\[([^\\]]*)\\](?:\\[[^\\]]*\\])?((?:\\\\=|[^=])*)=(.*)");
    private static final Pattern BARE_CR = Pattern.compile("\r(?!\n)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}\\n]*\\}");
    /** A placeholder in a sentence: a name only; Drools would take {@code {name:regex}} as a regular expression. */
    private static final Pattern SENTENCE_PLACEHOLDER = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_]*\\}");
    /** Characters that Drools reads as regular-expression syntax in a sentence (an escaped = is just =). */
    private static final Pattern SENTENCE_SPECIAL = Pattern.compile("\\\\=|[\\\\()\\[\\]*+?|^${}]");

    private DslSandbox() {
    }

    /** What the sandbox finds in the decision language depends only on the .dsl files, which most edits leave alone. */
    private static final LastUsed<List<RuleFile>, List<RuleProblem>> CHECKED = new LastUsed<>(8);

    static List<RuleProblem> check(RuleSetFiles files) {
        return CHECKED.get(files.withExtension("dsl").toList(), DslSandbox::checkLanguage);
    }

    private static List<RuleProblem> checkLanguage(List<RuleFile> dsls) {
        List<RuleProblem> problems = new ArrayList<>();
        dsls.forEach(dsl -> problems.addAll(mappings(dsl)));
        if (problems.isEmpty()) {
            dsls.forEach(dsl -> problems.addAll(unreadable(dsl)));
        }
        return List.copyOf(problems);
    }

    /** A .dsl file Drools cannot read: its mappings would silently be missing from every expansion. */
    private static List<RuleProblem> unreadable(RuleFile dsl) {
        DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
        try {
            if (mapping.parseAndLoad(new StringReader(dsl.content()))) {
                return List.of();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleProblem> problems = mapping.getErrors().stream().map(e -> new RuleProblem(Severity.ERROR, dsl.path(),
                e.getLines() != null && e.getLines().length > 0 ? Math.max(0, e.getLines()[0]) : 0, 0,
                "Drools cannot read this decision-language file: " + e.getMessage())).toList();
        return problems.isEmpty() ? List.of(new RuleProblem(Severity.ERROR, dsl.path(), 0, 0,
                "Drools cannot read this decision-language file")) : problems;
    }

    /** Each mapping's right-hand side, checked as a condition or a consequence according to its scope. */
    static List<RuleProblem> mappings(RuleFile dsl) {
        List<RuleProblem> problems = new ArrayList<>();
        Optional<RuleProblem> cr = bareCarriageReturn(dsl);
        if (cr.isPresent()) {
            return List.of(cr.get());
        }
        String[] lines = dsl.content().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("\\s+$", "");
            Matcher mapping = MAPPING.matcher(line.stripLeading());
            if (!mapping.matches()) {
                continue; // comments, blank lines and text Drools does not read as a mapping
            }
            int valueAt = line.length() - mapping.group(3).length();
            int lineNumber = i + 1;
            int sentenceAt = line.length() - line.stripLeading().length() + mapping.start(2);
            Optional<SandboxFinding> sentence = sentence(mapping.group(2));
            if (sentence.isPresent()) {
                // Checked first: expanding rules with such a sentence can take forever.
                problems.add(new RuleProblem(Severity.ERROR, dsl.path(), lineNumber,
                        sentenceAt + sentence.get().offset() + 1, "DSL sentence: " + sentence.get().message()));
                continue;
            }
            String value = withPlaceholdersAsNames(mapping.group(3));
            check(mapping.group(1).strip(), mapping.group(2), value).ifPresent(f -> problems.add(new RuleProblem(Severity.ERROR,
                    dsl.path(), lineNumber, valueAt + f.offset() + 1, "DSL mapping: " + f.message())));
        }
        return problems;
    }

    /** A CR without LF: Drools ends a line there where the checks here (and an editor) may not. */
    static Optional<RuleProblem> bareCarriageReturn(RuleFile file) {
        Matcher cr = BARE_CR.matcher(file.content());
        if (!cr.find()) {
            return Optional.empty();
        }
        return Optional.of(new RuleProblem(Severity.ERROR, file.path(), TextLines.lineAt(file.content(), cr.start()), 0,
                "a carriage return (CR) without a line feed is not allowed in rule files: Drools ends a line there"
                        + " where an editor may not; save the file with LF or CRLF line endings"));
    }

    /**
     * The sentence (left of {@code =}) may hold words, spaces, punctuation and {@code {placeholders}}: Drools
     * turns it into a regular expression, so {@code (}, {@code +}, {@code *} and the like would be read as
     * such, and nested repetition such as {@code ((a+)+)+} backtracks for ever on a line that almost matches.
     */
    static Optional<SandboxFinding> sentence(String sentence) {
        String plain = SENTENCE_PLACEHOLDER.matcher(sentence).replaceAll(m -> "x".repeat(m.group().length()));
        Matcher special = SENTENCE_SPECIAL.matcher(plain);
        while (special.find()) {
            if (!special.group().equals("\\=")) {
                return Optional.of(new SandboxFinding(special.start(), "`" + special.group() + "` has a special"
                        + " meaning in a sentence (Drools reads sentences as regular expressions, and repeated groups"
                        + " such as ((a+)+)+ can make building and deciding hang): write words, spaces, punctuation"
                        + " and placeholders such as {fact} only"));
            }
        }
        return Optional.empty();
    }

    private static Optional<SandboxFinding> check(String scope, String key, String value) {
        if (value.contains("\\u")) {
            return Optional.of(new SandboxFinding(value.indexOf("\\u"), "unicode escapes (\\uXXXX) are not allowed"));
        }
        return switch (scope) {
            case "when", "condition" -> condition(key, value);
            case "then", "consequence" -> ConsequenceSandbox.check(value);
            default -> {
                Optional<SandboxFinding> condition = condition(key, value);
                yield condition.isEmpty() || ConsequenceSandbox.check(value).isEmpty() ? Optional.empty() : condition;
            }
        };
    }

    /**
     * A condition mapping: a "- ..." sentence adds a constraint to the pattern above it; any other is one or
     * more whole condition elements, read by Drools' parser inside a rule and checked like a rule's conditions.
     */
    private static Optional<SandboxFinding> condition(String key, String value) {
        if (key.strip().startsWith("-")) {
            return ConstraintSandbox.check(value);
        }
        String prefix = "rule \"mapping\"\nwhen\n";
        RuleFile wrapped = new RuleFile("mapping.drl", prefix + value + "\nthen\nend\n");
        ParsedRuleFile parsed = ParsedRuleFiles.parseAlone(wrapped);
        if (!parsed.readable()) {
            return Optional.of(new SandboxFinding(0, "Drools cannot read this as a condition: " + ConstraintSandbox.ALLOWED));
        }
        return SandboxLint.check(parsed).stream().findFirst()
                .map(p -> new SandboxFinding(Math.max(0, p.column() - 1), p.message()));
    }

    /** {@code {value}} becomes {@code xxxxxxx}: a name of the same length, so offsets stay true. */
    private static String withPlaceholdersAsNames(String value) {
        return PLACEHOLDER.matcher(value).replaceAll(m -> "x".repeat(m.group().length()));
    }

    /**
     * A .dslr line that no sentence matched stays as written in the expanded text: said as such, at the line
     * legal staff wrote (the usual cause of an odd condition or consequence). The file is not built.
     */
    static List<RuleProblem> unexpanded(ParsedRuleFile dslr) {
        String[] written = dslr.file().content().split("\n", -1);
        return dslr.expansionErrors().stream().map(e -> {
            int line = e.getLine();
            if (line < 1 || line > written.length) {
                return new RuleProblem(Severity.ERROR, dslr.file().path(), Math.max(0, line), 0, e.getMessage());
            }
            String sentence = written[line - 1].strip();
            return new RuleProblem(Severity.ERROR, dslr.file().path(), line, written[line - 1].indexOf(sentence) + 1,
                    "no sentence of the decision language (.dsl files) matches \"" + sentence
                            + "\": check its wording against the .dsl file, or add the sentence there");
        }).distinct().toList();
    }
}
