package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** The command line speaks the user's words: facts as written in JSON, plain reasons, where files went. */
class UserWordsTest {
    private static final String PASSWORD_RESET = "../rules-examples/examples/out-of-office/password-reset.json";

    @TempDir
    Path dir;

    @Test
    void explainShowsTheFactsAsTheUserWroteThemNotAsJavaPrintsThem() {
        CliRun run = CliRun.of("explain", PASSWORD_RESET);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("OutOfOffice[").doesNotContain("PASSWORD_RESET").doesNotContain("=null")
                .contains("Situation: {\"scenario\": \"out-of-office\", \"facts\": {\"action\": \"enable-auto-reply\", ")
                .contains("\"method\": \"password-reset\"")
                .containsPattern("matched: action=enable-auto-reply, workRelatedReason=true, .*method=password-reset");
    }

    @Test
    void explainInDutchHasDutchHeadings() {
        CliRun run = CliRun.of("explain", "--lang", "nl", PASSWORD_RESET);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Situatie: {").contains("rechtsgrond: ").contains("Hoe ze samengaan: ")
                .doesNotContain("How they combine").doesNotContain("legal basis:");
    }

    @Test
    void aMissingFileIsNamedAsMissing() {
        CliRun run = CliRun.of("decide", dir.resolve("reset.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: cannot read " + dir.resolve("reset.json") + ": no such file\n");
    }

    @Test
    void quietTestStartsWithTheSummaryWhenEveryCasePasses() {
        CliRun run = CliRun.of("test", "--quiet");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("coverage: ");
    }

    @Test
    void initSaysWhereTheFilesWentAndWhatToDoNext() {
        Path target = dir.resolve("my-rules");
        CliRun run = CliRun.of("init", target.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(" to " + target.toAbsolutePath())
                .contains("workprivacy check --rules " + target).contains("workprivacy test --rules " + target)
                .contains("workprivacy decide --rules " + target + " FILE");
    }

    @Test
    void versionNamesTheReleaseAndTheBundledRules() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("workprivacy " + System.getProperty("workprivacy.version")
                + "\nbundled rules " + RuleSetFiles.fromClasspath().version() + "\n");
    }
}
