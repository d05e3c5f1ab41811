package org.workprivacy.rules.drools.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;

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

    static List<RuleProblem> check(RuleSetFiles files) {
        List<RuleFile> dsls = files.withExtension("dsl").toList();
        List<RuleProblem> problems = new ArrayList<>();
        dsls.forEach(dsl -> problems.addAll(mappings(dsl)));
        if (problems.isEmpty()) {
            // A broken mapping is reported once, where it is written, not again in every file that uses it.
            files.withExtension("dslr").forEach(dslr -> problems.addAll(bareCarriageReturn(dslr)
                    .map(List::of).orElseGet(() -> expanded(dslr, dsls))));
        }
        return problems;
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
            check(mapping.group(1).strip(), value).ifPresent(f -> problems.add(new RuleProblem(Severity.ERROR,
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
        return Optional.of(new RuleProblem(Severity.ERROR, file.path(), RuleLocator.lineAt(file.content(), cr.start()), 0,
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

    private static Optional<SandboxFinding> check(String scope, String value) {
        MaskedSource source = MaskedSource.of(value);
        if (value.contains("\\u")) {
            return Optional.of(new SandboxFinding(value.indexOf("\\u"), "unicode escapes (\\uXXXX) are not allowed"));
        }
        Optional<SandboxFinding> condition = ConditionSandbox.check(source.masked(), 0);
        Optional<SandboxFinding> consequence = ConsequenceSandbox.check(value, source.masked(), 0);
        return switch (scope) {
            case "when", "condition" -> condition;
            case "then", "consequence" -> consequence;
            default -> condition.isEmpty() || consequence.isEmpty() ? Optional.empty() : condition;
        };
    }

    /** {@code {value}} becomes {@code xxxxxxx}: a name of the same length, so offsets stay true. */
    private static String withPlaceholdersAsNames(String value) {
        return PLACEHOLDER.matcher(value).replaceAll(m -> "x".repeat(m.group().length()));
    }

    /**
     * The .dslr file expanded with every DSL file of the rule set, checked as DRL. Expansion keeps the
     * line structure, so a finding is reported on the .dslr line it came from; a sentence no mapping
     * matched stays as written and is reported as such (the usual cause of an odd consequence).
     */
    static List<RuleProblem> expanded(RuleFile dslr, List<RuleFile> dsls) {
        DefaultExpander expander = new DefaultExpander();
        try {
            for (RuleFile dsl : dsls) {
                DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
                if (mapping.parseAndLoad(new StringReader(dsl.content()))) {
                    expander.addDSLMapping(mapping.getMapping());
                }
            }
            MaskedSource source = MaskedSource.of(expander.expand(new StringReader(dslr.content())));
            Set<Integer> unexpanded = expander.getErrors().stream().map(ExpanderException::getLine).collect(Collectors.toSet());
            String[] written = dslr.content().split("\n", -1);
            return SandboxLint.findings(source).stream().map(f -> {
                int line = source.line(f.offset());
                if (unexpanded.contains(line) && line <= written.length) {
                    String sentence = written[line - 1].strip();
                    return new RuleProblem(Severity.ERROR, dslr.path(), line, written[line - 1].indexOf(sentence) + 1,
                            "no sentence of the decision language (.dsl files) matches \"" + sentence
                                    + "\": check its wording against the .dsl file, or add the sentence there");
                }
                return new RuleProblem(Severity.ERROR, dslr.path(), line, 0, "after DSL expansion: " + f.message());
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
