package org.workprivacy.rules.cli.doctest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ```console block of README.md and docs/**.md is run, in page order, and must print what the page
 * shows (see docs/contributing-docs.md for the convention and the masks). With
 * {@code -Ddoctest.update=true} the test writes the fresh output into the pages instead of failing:
 * {@code ./mvnw -B -o -pl rules-cli -am verify -Dtest=DocsTest -Dsurefire.failIfNoSpecifiedTests=false -Ddoctest.update=true},
 * then review the change with {@code git diff}.
 */
class DocsTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final boolean UPDATE = Boolean.getBoolean("doctest.update");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyConsoleBlockPrintsWhatThePageShows() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages) {
            List<DocBlock> blocks = DocPage.blocks(Files.readString(page));
            if (blocks.stream().anyMatch(b -> b instanceof DocBlock.Console)) {
                String name = REPOSITORY.relativize(page).toString();
                tests.add(DynamicTest.dynamicTest(name, () -> check(page, name, blocks)));
            }
        }
        assertThat(tests).as("pages with console blocks").isNotEmpty();
        return tests.stream();
    }

    private void check(Path page, String name, List<DocBlock> blocks) throws IOException {
        DocSession session = new DocSession(Files.createDirectories(dir.resolve(name.replace('/', '_'))), REPOSITORY);
        List<String> lines = new ArrayList<>(Files.readString(page).lines().toList());
        List<String> drift = new ArrayList<>();
        List<DocBlock.Console> refreshed = new ArrayList<>();
        for (DocBlock block : blocks) {
            String where = name + ":" + block.firstLine();
            if (block instanceof DocBlock.FileSetup setup) {
                session.setUp(setup);
            } else if (block instanceof DocBlock.Edit edit) {
                session.edit(edit);
            } else if (block instanceof DocBlock.Hidden hidden) {
                List<String> printed = session.run(hidden.command());
                assertThat(session.lastExitCode()).as(where + ": hidden command `" + hidden.command() + "` failed:\n"
                        + String.join("\n", printed)).isZero();
            } else if (block instanceof DocBlock.Console console) {
                List<DocBlock.Step> steps = new ArrayList<>();
                boolean changed = false;
                for (DocBlock.Step step : console.steps()) {
                    List<String> printed = session.run(step.command());
                    if (ShownOutput.matches(step.expected(), printed)) {
                        steps.add(step);
                    } else {
                        changed = true;
                        steps.add(new DocBlock.Step(step.command(), ShownOutput.refreshed(step.expected(), printed)));
                        drift.add(where + ": `" + step.command() + "` printed\n" + String.join("\n", printed)
                                + "\n-- but the page shows --\n" + String.join("\n", step.expected()));
                    }
                }
                if (changed) {
                    refreshed.add(new DocBlock.Console(console.firstLine(), console.lastLine(), console.indent(), steps));
                }
            }
        }
        if (UPDATE && !refreshed.isEmpty()) {
            // From the bottom up, so the line numbers of the blocks above stay right.
            for (int i = refreshed.size() - 1; i >= 0; i--) {
                DocBlock.Console block = refreshed.get(i);
                List<String> text = new ArrayList<>(List.of(block.indent() + "```console"));
                for (DocBlock.Step step : block.steps()) {
                    text.add(block.indent() + "$ " + step.command());
                    step.expected().forEach(l -> text.add(l.isEmpty() ? "" : block.indent() + l));
                }
                text.add(block.indent() + "```");
                lines.subList(block.firstLine() - 1, block.lastLine()).clear();
                lines.addAll(block.firstLine() - 1, text);
            }
            Files.writeString(page, String.join("\n", lines) + "\n");
            return;
        }
        assertThat(drift).as(name + " shows output its commands no longer print; rerun with -Ddoctest.update=true"
                + " to write the fresh output into the page (see docs/contributing-docs.md)").isEmpty();
    }
}
