package org.workprivacy.rules.drools.lint;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.load.LastUsed;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The sentences of a rule set's decision language (.dsl files) as Drools reads them, each with its place,
 * and the overlaps between them. Drools applies every sentence to every .dslr line and finds a sentence
 * anywhere inside a longer line, so a sentence that is part of another ("- the item is private" and
 * "- the item is private correspondence") rewrites part of every line written with the longer one:
 * the rule then means something else, or leaves words behind that do not parse.
 */
public final class DslSentences {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    /** One sentence (mapping) with the file and 1-based line it is written on. */
    public record Sentence(String file, int line, DSLMappingEntry entry) {
        public String key() {
            return entry.getMappingKey().strip();
        }

        public String where() {
            return file + ":" + line;
        }

        /** The sentence as a rule would write it, each placeholder filled in with a word. */
        String example() {
            return PLACEHOLDER.matcher(key()).replaceAll("x");
        }

        /** Whether this sentence, as Drools matches it, is found inside {@code text}. */
        boolean matchesInside(String text) {
            return entry.getKeyPattern() != null && entry.getKeyPattern().matcher(text).find();
        }

        boolean sameSectionAs(Sentence other) {
            DSLMappingEntry.Section a = entry.getSection();
            DSLMappingEntry.Section b = other.entry.getSection();
            return a == b || a == DSLMappingEntry.ANY || b == DSLMappingEntry.ANY;
        }
    }

    /** A sentence that is part of another one. */
    public record Overlap(Sentence part, Sentence whole) {
        public RuleProblem problem() {
            return new RuleProblem(Severity.ERROR, part.file(), part.line(), 0, "decision-language sentence \""
                    + part.key() + "\" is part of the sentence \"" + whole.key() + "\" at " + whole.where()
                    + ": Drools would rewrite that part of every line written with the longer sentence; reword one"
                    + " of the two so that neither is part of the other");
        }
    }

    private DslSentences() {
    }

    /** Every sentence of the rule set's .dsl files, read one line at a time so each keeps its line. */
    public static List<Sentence> of(RuleSetFiles files) {
        List<Sentence> sentences = new ArrayList<>();
        files.withExtension("dsl").forEach(dsl -> {
            String[] lines = dsl.content().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                DSLTokenizedMappingFile parsed = new DSLTokenizedMappingFile();
                try {
                    if (parsed.parseAndLoad(new StringReader(lines[i]))) {
                        for (DSLMappingEntry entry : parsed.getMapping().getEntries()) {
                            sentences.add(new Sentence(dsl.path(), i + 1, entry));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return sentences;
    }

    /** Every pair of sentences of the same section where the first matches inside the second. */
    public static List<Overlap> overlaps(List<Sentence> sentences) {
        List<Overlap> overlaps = new ArrayList<>();
        for (Sentence part : sentences) {
            for (Sentence whole : sentences) {
                if (part != whole && part.sameSectionAs(whole) && !part.key().equals(whole.key())
                        && part.matchesInside(whole.example())) {
                    overlaps.add(new Overlap(part, whole));
                }
            }
        }
        return overlaps;
    }

    /** A rule set's overlaps depend only on its .dsl files, which most edits leave alone. */
    private static final LastUsed<List<RuleFile>, List<Overlap>> OVERLAPS = new LastUsed<>(8);

    /** The overlaps of the sentences of a rule set's .dsl files. */
    public static List<Overlap> overlaps(RuleSetFiles files) {
        List<RuleFile> dsls = files.withExtension("dsl").toList();
        return OVERLAPS.get(dsls, language -> List.copyOf(overlaps(of(new RuleSetFiles(files.origin(), language)))));
    }

    /** The overlaps of a rule set's sentences, each as an error located at the shorter sentence. */
    static List<RuleProblem> check(RuleSetFiles files) {
        return overlaps(files).stream().map(Overlap::problem).toList();
    }

    /** The overlap whose longer sentence is what {@code writtenLine} of a .dslr file says, if any. */
    public static Optional<Overlap> behind(String writtenLine, List<Overlap> overlaps) {
        return overlaps.stream().filter(o -> o.whole().matchesInside(writtenLine)).findFirst();
    }
}
