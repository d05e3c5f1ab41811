package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.json.Json;

class BatchCommandTest {
    private static final ObjectMapper JSON = Json.mapper();

    @TempDir
    Path dir;

    private Path input(String... lines) throws IOException {
        return Files.writeString(dir.resolve("situations.jsonl"), String.join("\n", lines) + "\n");
    }

    private static List<JsonNode> records(String output) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : output.split("\n")) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    private static String example(String name) throws IOException {
        return JSON.readTree(Path.of("../rules-examples/examples", name).toFile()).toString();
    }

    @Test
    void decidesEveryLineInOrderAndSummarisesOnStderr() throws IOException {
        Path file = input(example("out-of-office/server-side-auto-reply.json"), "{oops",
                example("out-of-office/password-reset.json"));
        CliRun run = CliRun.of("batch", "--threads", "2", file.toString());

        assertThat(run.exitCode()).as("a line got an error record").isEqualTo(ExitCode.SOME_LINES_FAILED);
        List<JsonNode> records = records(run.out());
        assertThat(records).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3);
        assertThat(records.get(0).at("/verdict/outcome").asText()).isEqualTo("ALLOWED");
        assertThat(records.get(1).at("/error/message").asText()).startsWith("malformed JSON");
        assertThat(records.get(2).at("/verdict/outcome").asText()).isEqualTo("DENIED");
        assertThat(run.err()).contains("summary: 1 OF 3 LINES FAILED (error records, no verdict). "
                        + "3 lines: 2 decisions (1 allowed, 1 denied), 1 errors;")
                .contains("lines/s").doesNotContain("\r")
                .contains("error: 1 of 3 lines got an error record instead of a verdict");
    }

    @Test
    void aRunWhereEveryLineFailedIsNotASuccess() throws IOException {
        CliRun run = CliRun.of("batch", input("{oops", "", "[1]", "{\"scenario\": \"lunch\", \"facts\": {}}").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_LINES_FAILED).isNotEqualTo(ExitCode.OK);
        assertThat(records(run.out())).as("every line is still answered").hasSize(4)
                .allSatisfy(r -> assertThat(r.at("/error/kind").asText()).isEqualTo("invalid-situation"));
        assertThat(run.err()).startsWith("summary: ALL 4 LINES FAILED (error records, no verdict). "
                + "4 lines: 0 decisions (0 allowed, 0 denied), 4 errors;");
    }

    @Test
    void aRunWithoutBadLinesIsExitCode0() throws IOException {
        CliRun run = CliRun.of("batch", input(example("out-of-office/password-reset.json")).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).startsWith("summary: 1 lines: 1 decisions (0 allowed, 1 denied), 0 errors;")
                .doesNotContain("FAILED").doesNotContain("error:");
    }

    /** docs/batch.md shows lines with a "ticket" and the output of one command: that command gives that output. */
    @Test
    void theDocumentedSampleGivesTheDocumentedOutput() throws IOException {
        String doc = Files.readString(Path.of("../docs/batch.md"));
        List<String> blocks = codeBlocks(doc.substring(doc.indexOf("## Input")));
        Path sample = Files.writeString(dir.resolve("situations.jsonl"), blocks.get(0));
        String command = codeBlocks(doc).get(0).lines().filter(l -> l.contains("--id-field ticket")).findFirst().orElseThrow();
        assertThat(command).startsWith("./workprivacy batch --id-field ticket --lang en situations.jsonl");

        CliRun run = CliRun.of("batch", "--id-field", "ticket", "--lang", "en", sample.toString());

        List<String> shown = blocks.get(1).lines().toList();
        List<String> real = run.out().lines().toList();
        assertThat(real).hasSameSizeAs(shown);
        for (int i = 0; i < shown.size(); i++) {
            // The docs shorten reasons and conditions to "[...]" and "{...}" and show another rule-set version.
            String[] parts = shown.get(i).replaceAll("sha256:[0-9a-f]+", "sha256:V").split("\\[\\.\\.\\.]|,\\.\\.\\.");
            String actual = real.get(i).replaceAll("sha256:[0-9a-f]+", "sha256:V");
            int from = 0;
            for (String part : parts) {
                int at = actual.indexOf(part, from);
                assertThat(at).as("line %d shows %s", i + 1, part).isGreaterThanOrEqualTo(0);
                from = at + part.length();
            }
        }
        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_LINES_FAILED);
    }

    private static List<String> codeBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        String[] parts = markdown.split("\n```[a-z]*\n");
        for (int i = 1; i < parts.length; i += 2) {
            blocks.add(parts[i].endsWith("\n") ? parts[i] : parts[i] + "\n");
        }
        return blocks;
    }

    @Test
    void copiesTheIdAndSpeaksDutchOnRequest() throws IOException {
        Path file = input("{\"case\": \"A-7\", \"scenario\": \"out-of-office\", \"facts\": {\"action\": \"search-mail\"}}");
        CliRun run = CliRun.of("batch", "--id-field", "case", "--lang", "nl", file.toString());

        JsonNode record = records(run.out()).get(0);
        assertThat(record.get("id").asText()).isEqualTo("A-7");
        assertThat(record.at("/verdict/reasons/0/message").asText()).contains("feit");
    }

    @Test
    void writesTheDecisionLogForDecidedLinesOnly() throws IOException {
        Path file = input(example("out-of-office/server-side-auto-reply.json"), "",
                example("out-of-office/password-reset.json"));
        Path log = dir.resolve("decisions.jsonl");
        CliRun run = CliRun.of("batch", "--decision-log", log.toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_LINES_FAILED);
        List<JsonNode> entries = records(Files.readString(log));
        assertThat(entries).extracting(e -> e.get("outcome").asText()).containsExactly("ALLOWED", "DENIED");
        assertThat(entries).allSatisfy(e -> assertThat(e.has("facts")).isFalse());
        assertThat(entries.get(1).get("reasonCodes").toString()).contains("ooo-password-reset-avoidable");
    }

    @Test
    void anUnreadableFileIsExitCode3() {
        CliRun run = CliRun.of("batch", dir.resolve("nope.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("cannot read");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void brokenRulesAreExitCode4WithoutOutput() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x;\nrule \"r\" when then end end\n");
        CliRun run = CliRun.of("batch", "--rules", rules.toString(), input("{}").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.err()).contains("broken.drl:2");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSituationsOwnFieldsCannotBeTheIdField() throws IOException {
        CliRun run = CliRun.of("batch", "--id-field", "facts", input("{}").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--id-field cannot be \"facts\"");
    }

    @Test
    void anUnwritableDecisionLogIsExitCode5BeforeAnythingIsDecided() throws IOException {
        CliRun run = CliRun.of("batch", "--decision-log", dir.resolve("no/such/dir/log.jsonl").toString(),
                input(example("out-of-office/server-side-auto-reply.json")).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FAILED);
        assertThat(run.err()).contains("cannot open the decision log");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theGeneratorFeedsTheBatch() throws IOException {
        CliRun generated = CliRun.of("generate", "12", "--bad-every", "4");
        Path file = Files.writeString(dir.resolve("generated.jsonl"), generated.out());
        CliRun run = CliRun.of("batch", "--id-field", "id", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.SOME_LINES_FAILED);
        assertThat(records(run.out())).hasSize(12);
        assertThat(run.err()).contains("12 lines: 9 decisions").contains("3 errors");
    }
}
