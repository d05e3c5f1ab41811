package org.workprivacy.rules.drools.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

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

    /** Every sentence whose Drools pattern (placeholders included) matches inside another: the check `check` runs. */
    static List<String> patternOverlaps(RuleSetFiles files) {
        return DslSentences.overlaps(DslSentences.of(files)).stream()
                .map(o -> "\"" + o.part().key() + "\" matches inside " + o.whole().where() + " \"" + o.whole().key() + "\"")
                .toList();
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
        assertThat(patternOverlaps(files)).isEmpty();
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
        assertThat(patternOverlaps(files)).contains(
                "\"mail is opened\" matches inside b.dsl:2 \"- no mail is opened\"",
                "\"- {fact} is not stated\" matches inside b.dsl:3 \"- the purpose is not stated\"",
                "\"- the {thing} is kept open\" matches inside b.dsl:4 \"- the line is kept open\"");
    }

    @Test
    void checkFindsOverlappingSentencesInAnyRulesDirectoryWithBothPlaces() {
        // Two files, no rule using either sentence: the overlap is found where the sentences are written.
        RuleSetFiles files = new RuleSetFiles("test", List.of(new RuleFile("ooo/a.dsl", """
                [when]there is an out-of-office question=OutOfOffice()
                [when]- the mail is opened=mailOpened == true
                """), new RuleFile("ooo/b.dsl", """
                # comment lines count as lines
                [when]- the mail is opened by the employer=mailOpened == true
                """)));
        assertThat(new org.workprivacy.rules.drools.check.RuleSetChecker().check(files))
                .extracting(RuleProblem::located)
                .contains("ooo/a.dsl:2: decision-language sentence \"- the mail is opened\" is part of the sentence"
                        + " \"- the mail is opened by the employer\" at ooo/b.dsl:2: Drools would rewrite that part of"
                        + " every line written with the longer sentence; reword one of the two so that neither is part"
                        + " of the other");
    }
}
