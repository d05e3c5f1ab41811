package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecideCommandTest {
    private static final Path EXAMPLES = Path.of("../rules-examples/examples");

    @TempDir
    Path dir;

    private Path situation(String json) throws IOException {
        return Files.writeString(dir.resolve("situation.json"), json);
    }

    @Test
    void decidesAShippedExampleAsJson() {
        CliRun run = CliRun.of("decide", EXAMPLES.resolve("out-of-office/server-side-auto-reply.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"outcome\" : \"ALLOWED\"").contains("\"code\" : \"ooo-server-side-auto-reply\"")
                .contains("inform-employee-afterwards").contains("\"ruleSetVersion\" : \"sha256:");
    }

    @Test
    void printsTextInDutchOnRequest() {
        CliRun run = CliRun.of("decide", "--format", "text", "--lang", "nl",
                EXAMPLES.resolve("out-of-office/password-reset.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("NIET TOEGESTAAN").contains("[ooo-password-reset-avoidable] Een beheerder")
                .contains("rechtsgrond: art. 5 lid 1 onder c AVG");
    }

    @Test
    void aMissingFactIsDeniedAndNamed() {
        CliRun run = CliRun.of("decide", EXAMPLES.resolve("out-of-office/search-without-target.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"outcome\" : \"DENIED\"").contains("\"missingFacts\" : [ \"targetedSearch\" ]");
    }

    @Test
    void badJsonIsABadInputErrorWithoutVerdict() throws IOException {
        CliRun run = CliRun.of("decide", situation("{\"scenario\": ").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("malformed JSON");
        assertThat(run.out()).doesNotContain("ALLOWED");
    }

    @Test
    void anUnknownScenarioIsABadInputError() throws IOException {
        CliRun run = CliRun.of("decide", situation("{\"scenario\": \"lunch\", \"facts\": {}}").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("scenario: unknown scenario \"lunch\"");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWrongTypeNamesTheField() throws IOException {
        CliRun run = CliRun.of("decide", situation(
                "{\"scenario\": \"out-of-office\", \"facts\": {\"mailOpened\": \"no\"}}").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("facts.mailOpened");
    }

    @Test
    void anUnreadableFileIsABadInputError() {
        CliRun run = CliRun.of("decide", dir.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("cannot read");
    }

    @Test
    void brokenRulesAreARuleError() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x;\nrule \"r\" when then end end\n");
        CliRun run = CliRun.of("decide", "--rules", rules.toString(),
                EXAMPLES.resolve("out-of-office/server-side-auto-reply.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.err()).contains("broken.drl:2");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void appendsTheDecisionToTheDecisionLogWithFactsOnlyWhenAsked() throws IOException {
        Path log = dir.resolve("decisions.jsonl");
        String example = EXAMPLES.resolve("out-of-office/server-side-auto-reply.json").toString();
        assertThat(CliRun.of("decide", "--decision-log", log.toString(), example).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.of("decide", "--decision-log", log.toString(), "--log-facts", example).exitCode())
                .isEqualTo(ExitCode.OK);

        var lines = Files.readAllLines(log);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"outcome\":\"ALLOWED\"").contains("\"reasonCodes\":[\"ooo-server-side-auto-reply\"]")
                .contains("\"ruleSetVersion\":\"sha256:").doesNotContain("facts\":{");
        assertThat(lines.get(1)).contains("\"facts\":{\"action\":\"enable-auto-reply\"");
    }

    @Test
    void logFactsWithoutADecisionLogIsAUsageError() {
        CliRun run = CliRun.of("decide", "--log-facts", EXAMPLES.resolve("out-of-office/password-reset.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--log-facts needs --decision-log");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(CliRun.of("decide", "--colour", "x").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
