package org.workprivacy.rules.drools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A reload after one edit parses only what the edit can change, and never serves a parse of older text. */
class ParsedRuleFilesTest {
    private static final String OUT_OF_OFFICE = "org/workprivacy/rules/outofoffice/out-of-office.dslr";
    private static final String SUBJECT_LINE = "org/workprivacy/rules/subjectline/subject-line.dslr";

    private final RuleSetFiles bundled = RuleSetFiles.fromClasspath();

    @Test
    void anEditedRuleFileIsParsedAgainAndTheOthersAreShared() {
        RuleSetFiles edited = edit(bundled, OUT_OF_OFFICE, text -> text + "\n// edited " + System.nanoTime() + "\n");

        ParsedRuleFiles before = ParsedRuleFiles.of(bundled);
        ParsedRuleFiles after = ParsedRuleFiles.of(edited);

        assertThat(parsed(after, OUT_OF_OFFICE).file()).isEqualTo(file(edited, OUT_OF_OFFICE));
        assertThat(parsed(after, OUT_OF_OFFICE)).isNotSameAs(parsed(before, OUT_OF_OFFICE));
        assertThat(parsed(after, SUBJECT_LINE)).isSameAs(parsed(before, SUBJECT_LINE));
    }

    @Test
    void anEditedDecisionLanguageExpandsEveryRuleFileAgain() {
        String dsl = bundled.withExtension("dsl").filter(f -> f.path().endsWith("out-of-office.dsl")).findFirst()
                .orElseThrow().path();
        // Any change to the language may change every expansion, even where the .dslr text is the same.
        RuleSetFiles edited = edit(bundled, dsl, text -> text + "\n# edited " + System.nanoTime() + "\n");

        ParsedRuleFiles before = ParsedRuleFiles.of(bundled);
        ParsedRuleFiles after = ParsedRuleFiles.of(edited);

        assertThat(parsed(after, OUT_OF_OFFICE)).isNotSameAs(parsed(before, OUT_OF_OFFICE));
        assertThat(parsed(after, SUBJECT_LINE)).isNotSameAs(parsed(before, SUBJECT_LINE));
    }

    private static RuleSetFiles edit(RuleSetFiles files, String path, UnaryOperator<String> change) {
        List<RuleFile> edited = files.files().stream()
                .map(f -> f.path().equals(path) ? new RuleFile(f.path(), change.apply(f.content())) : f).toList();
        return new RuleSetFiles(files.origin(), edited);
    }

    private static RuleFile file(RuleSetFiles files, String path) {
        return files.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private static ParsedRuleFiles.ParsedRuleFile parsed(ParsedRuleFiles files, String path) {
        return files.files().stream().filter(p -> p.file().path().equals(path)).findFirst().orElseThrow();
    }
}
