package org.workprivacy.rules.cli.doctest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The doc test's masks: what a page may leave out, and what update mode keeps of them. */
class ShownOutputTest {
    private static final List<String> PRINTED = List.of("copied 23 files to /tmp/x/my-rules", "one", "two", "three",
            "analysed 10 situations in 3.2 s", "done");

    @Test
    void exactOutputMatchesAndADifferentLineDoesNot() {
        assertThat(ShownOutput.matches(PRINTED, PRINTED)).isTrue();
        assertThat(ShownOutput.matches(List.of("copied 23 files to /tmp/x/my-rules", "one"), PRINTED)).isFalse();
        assertThat(ShownOutput.matches(PRINTED.stream().map(l -> l.replace("two", "2")).toList(), PRINTED)).isFalse();
    }

    @Test
    void aDotsLineStandsForAnyLinesAndInlineDotsForAnyText() {
        List<String> shown = List.of("copied 23 files to .../my-rules", "...", "analysed 10 situations in ... s", "done");
        assertThat(ShownOutput.matches(shown, PRINTED)).isTrue();
        assertThat(ShownOutput.matches(List.of("...", "done"), PRINTED)).isTrue();
        assertThat(ShownOutput.matches(List.of("copied 24 files to .../my-rules", "...", "done"), PRINTED)).isFalse();
        assertThat(ShownOutput.matches(List.of("...", "done", "more"), PRINTED)).isFalse();
    }

    @Test
    void updateModeKeepsTheElisionAndTheMasksThatStillFit() {
        List<String> shown = List.of("copied 22 files to .../my-rules", "...", "analysed 10 situations in ... s", "done before");
        assertThat(ShownOutput.refreshed(shown, PRINTED)).containsExactly("copied 23 files to /tmp/x/my-rules", "...",
                "analysed 10 situations in ... s", "done");
        assertThat(ShownOutput.refreshed(List.of("x"), PRINTED)).isEqualTo(PRINTED);
    }

    @Test
    void markersAndConsoleBlocksAreReadInPageOrder() {
        List<DocBlock> blocks = DocPage.blocks("""
                <!-- doctest: $ ./workprivacy init my-rules -->
                <!-- doctest: write reset.json -->
                ```json
                {"scenario": "out-of-office"}
                ```
                <!-- doctest: edit my-rules/a.dslr "- old \\"x\\"" "- new" -->
                   ```console
                   $ ./workprivacy check my-rules
                   ok
                   $ echo $?
                   0
                   ```
                ```sh
                $ not run
                ```
                """);
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(1)).isEqualTo(new DocBlock.FileSetup(2, "write", "reset.json", "{\"scenario\": \"out-of-office\"}\n"));
        assertThat(blocks.get(2)).isEqualTo(new DocBlock.Edit(6, "my-rules/a.dslr", "- old \"x\"", "- new"));
        assertThat(((DocBlock.Console) blocks.get(3)).steps()).containsExactly(
                new DocBlock.Step("./workprivacy check my-rules", List.of("ok")), new DocBlock.Step("echo $?", List.of("0")));
    }
}
