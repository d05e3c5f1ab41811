package org.workprivacy.rules.drools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.junit.jupiter.api.Test;

/**
 * Drools applies every .dsl file of a rule set to every .dslr line, and finds a sentence anywhere inside
 * a longer line: "mail is opened" would also rewrite part of "- no mail is opened", and "- {fact} is not
 * stated" would swallow "- the purpose is not stated", silently changing a rule. So no sentence may be
 * part of another, across all bundled .dsl files. (A sentence starting with "-" only matches right after a
 * "-"; the words check below ignores that and is stricter than Drools on purpose, the pattern check is exact.)
 */
class DecisionLanguageSentencesTest {
    private static final Pattern ENTRY =
            Pattern.compile("^\\[(when|then|condition|consequence|keyword|\\*)](?:\\[[^\\]]*])?(.*?)(?<!\\\\)=(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern REGEX_METACHARACTERS = Pattern.compile("[()\\[\\].?*+|^$\\\\{}]");

    /** One sentence of a .dsl file: its section ("when" or "then"), key and where it is written. */
    record Sentence(String file, int line, String section, String key) {
        /** The words that must appear literally: without {placeholders}, a leading "-" or extra spaces. */
        String literal() {
            String text = PLACEHOLDER.matcher(key).replaceAll(" ").strip();
            if (text.startsWith("-")) {
                text = text.substring(1);
            }
            return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        }

        /** The key as a rule would write it, with each placeholder filled in. */
        String example() {
            return PLACEHOLDER.matcher(key).replaceAll("x");
        }

        String where() {
            return file + ":" + line + " \"" + key + "\"";
        }
    }

    private static List<Sentence> sentences(RuleSetFiles files) {
        List<Sentence> sentences = new ArrayList<>();
        files.withExtension("dsl").forEach(file -> {
            List<String> lines = file.content().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = ENTRY.matcher(lines.get(i).strip());
                if (m.matches()) {
                    String section = switch (m.group(1)) {
                        case "when", "condition" -> "when";
                        case "then", "consequence" -> "then";
                        default -> m.group(1);
                    };
                    sentences.add(new Sentence(file.path(), i + 1, section, m.group(2).strip()));
                }
            }
        });
        return sentences;
    }

    /** Every pair of sentences of the same section where the first's words appear inside the second. */
    static List<String> literalOverlaps(List<Sentence> sentences) {
        List<String> overlaps = new ArrayList<>();
        for (Sentence part : sentences) {
            for (Sentence whole : sentences) {
                if (part != whole && part.section().equals(whole.section())
                        && whole.literal().contains(part.literal())) {
                    overlaps.add(part.where() + " is part of " + whole.where());
                }
            }
        }
        return overlaps;
    }

    /** Every sentence whose Drools pattern (placeholders included) matches inside another sentence. */
    static List<String> patternOverlaps(List<Sentence> sentences, RuleSetFiles files) {
        List<DSLMappingEntry> entries = new ArrayList<>();
        files.withExtension("dsl").forEach(file -> {
            DSLTokenizedMappingFile parsed = new DSLTokenizedMappingFile();
            try {
                assertThat(parsed.parseAndLoad(new StringReader(file.content()))).as(file.path() + " parses").isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.addAll(parsed.getMapping().getEntries(DSLMappingEntry.CONDITION));
        });
        List<String> overlaps = new ArrayList<>();
        for (DSLMappingEntry entry : entries) {
            for (Sentence other : sentences) {
                if (other.section().equals("when") && !other.key().equals(entry.getMappingKey().strip())
                        && entry.getKeyPattern().matcher(other.example()).find()) {
                    overlaps.add("\"" + entry.getMappingKey().strip() + "\" matches inside " + other.where());
                }
            }
        }
        return overlaps;
    }

    @Test
    void noSentenceIsPartOfAnother() {
        RuleSetFiles files = RuleSetFiles.fromClasspath();
        List<Sentence> sentences = sentences(files);
        assertThat(sentences).as("sentences in the bundled .dsl files").hasSizeGreaterThan(50);
        assertThat(literalOverlaps(sentences)).isEmpty();
    }

    @Test
    void noSentenceAsDroolsMatchesItMatchesInsideAnother() {
        RuleSetFiles files = RuleSetFiles.fromClasspath();
        // Also catches a placeholder inside a sentence: "- the {thing} is kept open" swallows "- the line is kept open".
        assertThat(patternOverlaps(sentences(files), files)).isEmpty();
    }

    @Test
    void sentencesHoldNoRegexMetacharacters() {
        // Drools turns a sentence into a regular expression without escaping it.
        assertThat(sentences(RuleSetFiles.fromClasspath()))
                .filteredOn(s -> REGEX_METACHARACTERS.matcher(PLACEHOLDER.matcher(s.key()).replaceAll("")).find())
                .extracting(Sentence::where)
                .isEmpty();
    }

    @Test
    void theChecksCatchOverlappingSentences() {
        RuleSetFiles files = new RuleSetFiles("test", List.of(new RuleFile("a.dsl", """
                [when]mail is opened=Mail(opened == true)
                [when]- {fact} is not stated={fact} == null
                [when]- the {thing} is kept open={thing} == true
                """), new RuleFile("b.dsl", """
                # another scenario's file
                [when]- no mail is opened=mailOpened == false
                [when]- the purpose is not stated=purpose == Purpose.NONE
                [when]- the line is kept open=lineStaysOpen == true
                """)));
        List<Sentence> sentences = sentences(files);

        assertThat(literalOverlaps(sentences)).containsExactlyInAnyOrder(
                "a.dsl:1 \"mail is opened\" is part of b.dsl:2 \"- no mail is opened\"",
                "a.dsl:2 \"- {fact} is not stated\" is part of b.dsl:3 \"- the purpose is not stated\"");
        assertThat(patternOverlaps(sentences, files)).contains(
                "\"mail is opened\" matches inside b.dsl:2 \"- no mail is opened\"",
                "\"- {fact} is not stated\" matches inside b.dsl:3 \"- the purpose is not stated\"",
                "\"- the {thing} is kept open\" matches inside b.dsl:4 \"- the line is kept open\"");
    }
}
