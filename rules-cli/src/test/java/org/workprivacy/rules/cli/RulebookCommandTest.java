package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.locate.RuleLocator;

/** {@code workprivacy rulebook}: the static export (the browser test in rules-service opens it from file://). */
class RulebookCommandTest {
    private static final Pattern ARTICLE = Pattern.compile("<article class=\"rule");

    @TempDir
    Path dir;

    @Test
    void writesAnIndexAndOnePagePerScenarioWithEveryRule() throws IOException {
        Path site = dir.resolve("site");
        CliRun run = CliRun.of("rulebook", "--out", site.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("rulebook of bundled rules (version " + DecisionEngines.bundled().ruleSetVersion())
                .contains(site.resolve("index.html").toString());
        String index = Files.readString(site.resolve("index.html"));
        assertThat(index).contains(DecisionEngines.bundled().ruleSetVersion()).contains("<time>");
        int articles = 0;
        for (Scenario scenario : Scenario.values()) {
            Path page = site.resolve(scenario.id() + ".html");
            assertThat(index).contains("href=\"" + scenario.id() + ".html\"");
            Matcher matcher = ARTICLE.matcher(Files.readString(page));
            while (matcher.find()) {
                articles++;
            }
        }
        assertThat(articles).isEqualTo(RuleLocator.filesByRule(RuleSetFiles.fromClasspath()).size());
        try (Stream<Path> files = Files.list(site)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("rulebook.css", "rulebook.js");
        }
    }

    @Test
    void anUnwritableOutputIsAnErrorWithItsExitCode() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        CliRun run = CliRun.of("rulebook", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.err()).contains("cannot write the rulebook to " + file);
    }
}
