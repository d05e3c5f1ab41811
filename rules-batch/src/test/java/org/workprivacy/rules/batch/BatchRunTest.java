package org.workprivacy.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.decide.DecisionEngines;

class BatchRunTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final String GOOD = "{\"scenario\": \"out-of-office\", \"facts\": {\"action\": \"search-mail\"}}";

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static BatchOptions options(int window, int chunkLines) {
        return new BatchOptions(4, window, chunkLines, BatchOptions.DEFAULT_CHUNK_BYTES, Long.MAX_VALUE, 200, Optional.empty(),
                Language.EN);
    }

    private record Run(BatchSummary summary, List<JsonNode> output) {
    }

    private Run run(DecisionEngine engine, BatchOptions options, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary summary = new BatchRun(engine, options).run(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, pool, (chunk, soFar, read) -> {
                });
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("\n");
        return new Run(summary, lines);
    }

    private static String generated(int count) {
        SituationGenerator generator = new SituationGenerator(42, 0);
        StringBuilder input = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            input.append(generator.line(n)).append('\n');
        }
        return input.toString();
    }

    private static void assertInOrderWithIds(Run run, int count) {
        assertThat(run.output()).hasSize(count);
        for (int n = 1; n <= count; n++) {
            JsonNode record = run.output().get(n - 1);
            assertThat(record.get("line").asLong()).isEqualTo(n);
            assertThat(record.get("id").asText()).isEqualTo("g" + n);
            assertThat(record.at("/verdict/outcome").asText()).isIn("ALLOWED", "DENIED");
        }
    }

    @Test
    void keepsTheInputOrderOverManySmallChunksOnFourThreads() throws IOException {
        int count = 10_000;
        // Chunks of 3 lines: over 3,000 chunks handed round four threads, finishing in whatever order.
        Run run = run(FakeEngine.denyingAll(), options(8, 3).withIdField(Optional.of("id")).withMaxLineBytes(4096),
                generated(count));
        assertInOrderWithIds(run, count);
        assertThat(run.summary().lines()).isEqualTo(count);
    }

    @Test
    void keepsTheInputOrderWithTheRealRules() throws IOException {
        int count = 600;
        Run run = run(DecisionEngines.bundled(), options(8, 7).withIdField(Optional.of("id")).withMaxLineBytes(4096),
                generated(count));
        assertInOrderWithIds(run, count);
        assertThat(run.summary().decisions()).isEqualTo(count);
        assertThat(run.summary().allowed() + run.summary().denied()).isEqualTo(count);
        assertThat(run.summary().allowed()).isPositive();
    }

    @Test
    void everyKindOfBadLineGetsAnErrorRecordAndTheRunGoesOn() throws IOException {
        String tooLong = "{\"scenario\": \"out-of-office\", \"facts\": {\"x\": \"" + "y".repeat(300) + "\"}}";
        List<String> input = List.of(
                GOOD,
                "{\"scenario\": \"out-of-office\", \"facts\": {",
                "{\"scenario\": \"coffee-break\", \"facts\": {}}",
                "{\"scenario\": \"out-of-office\", \"facts\": {\"colour\": true}}",
                "{\"scenario\": \"out-of-office\", \"facts\": {\"mailOpened\": \"no\"}}",
                "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}}",
                "",
                "   ",
                tooLong,
                "[1, 2]",
                GOOD + " {}",
                "{\"facts\": {}}",
                GOOD);
        Run run = run(FakeEngine.denyingAll(), options(2, 3), String.join("\n", input) + "\n");

        assertThat(run.output()).hasSize(input.size());
        assertError(run, 2, "", "malformed JSON at column");
        assertError(run, 3, "scenario", "unknown scenario \"coffee-break\"");
        assertError(run, 4, "facts.colour", "unknown fact");
        assertError(run, 5, "facts.mailOpened", "wrong type; expected true or false");
        assertError(run, 6, "facts.method", "invalid value \"reset\"; expected one of server-side-admin, password-reset");
        assertError(run, 7, "", "blank line");
        assertError(run, 8, "", "blank line");
        assertError(run, 9, "", "longer than the limit of 200 bytes");
        assertError(run, 10, "", "expected a JSON object");
        assertError(run, 11, "", "malformed JSON");
        assertError(run, 12, "scenario", "missing");
        assertThat(run.output().get(0).has("verdict")).isTrue();
        assertThat(run.output().get(12).has("verdict")).isTrue();
        assertThat(run.summary()).extracting(BatchSummary::lines, BatchSummary::decisions, BatchSummary::errors)
                .containsExactly(13L, 2L, 11L);
    }

    private static void assertError(Run run, int line, String field, String message) {
        JsonNode record = run.output().get(line - 1);
        assertThat(record.get("line").asInt()).isEqualTo(line);
        assertThat(record.has("verdict")).as("line %d has no verdict", line).isFalse();
        assertThat(record.at("/error/kind").asText()).as("kind of line %d", line).isEqualTo("invalid-situation");
        assertThat(record.at("/error/field").asText()).as("field of line %d", line).isEqualTo(field);
        assertThat(record.at("/error/message").asText()).as("message of line %d", line).contains(message);
    }

    @Test
    void copiesTheCallersIdFromAnyFieldIntoGoodAndBadLines() throws IOException {
        String input = """
                {"ticket": "T-1", "scenario": "out-of-office", "facts": {}}
                {"ticket": 2, "scenario": "out-of-office", "facts": {"colour": true}}
                {"scenario": "out-of-office", "facts": {}}
                {"ticket": "T-4", "scenario": "out-of-office", "facts": {}, "extra": 1}
                """;
        Run run = run(FakeEngine.denyingAll(), options(2, 2).withIdField(Optional.of("ticket")), input);

        assertThat(run.output()).extracting(r -> r.get("id").toString())
                .containsExactly("\"T-1\"", "2", "null", "\"T-4\"");
        assertThat(run.output().get(0).has("verdict")).isTrue();
        assertThat(run.output().get(1).at("/error/field").asText()).isEqualTo("facts.colour");
        assertThat(run.output().get(3).at("/error/field").asText()).as("still strict").isEqualTo("extra");
    }

    @Test
    void withoutAnIdFieldTheOutputHasNoId() throws IOException {
        Run run = run(FakeEngine.denyingAll(), options(2, 2), GOOD + "\n");
        assertThat(run.output().get(0).has("id")).isFalse();
    }

    @Test
    void anUnknownIdFieldStaysAnUnknownField() throws IOException {
        Run run = run(FakeEngine.denyingAll(), options(2, 2),
                "{\"ticket\": \"T-1\", \"scenario\": \"out-of-office\", \"facts\": {}}\n");
        assertThat(run.output().get(0).at("/error/field").asText()).isEqualTo("ticket");
        assertThat(run.output().get(0).at("/error/message").asText())
                .as("says how to keep one's own key").endsWith("(to carry your own key on each line, name it with --id-field ticket)");
    }

    @Test
    void theSituationFieldsCannotBeTheIdField() {
        assertThatThrownBy(() -> new SituationLine(Optional.of("facts"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleFailingOnOneLineGivesThatLineAnErrorAndCountsIt() throws IOException {
        FakeEngine failsOnSearch = new FakeEngine(s -> s instanceof OutOfOffice o && o.action() == OutOfOffice.Action.SEARCH_MAIL);
        String input = "{\"scenario\": \"out-of-office\", \"facts\": {}}\n" + GOOD + "\n";
        Run run = run(failsOnSearch, options(2, 1), input);

        assertThat(run.output().get(0).has("verdict")).isTrue();
        assertThat(run.output().get(1).at("/error/message").asText()).contains("a rule failed").contains("boom");
        assertThat(run.output().get(1).at("/error/kind").asText()).isEqualTo("rule-failed");
        assertThat(run.summary().ruleFailures()).isEqualTo(1);
        assertThat(run.summary().errors()).isEqualTo(1);
    }

    /**
     * The memory bound, without timing: with an executor that runs each chunk at once, an unbounded reader
     * would read the whole input before writing anything. Here reading may run ahead of writing by the
     * window only, on every chunk, whatever the input's length.
     */
    @Test
    void readsAheadOfWritingByTheWindowOnly() throws IOException {
        int window = 3;
        int chunkLines = 5;
        int count = 1_000;
        String input = (GOOD + "\n").repeat(count);
        List<Long> aheadOfWriting = new ArrayList<>();
        BatchRun batch = new BatchRun(FakeEngine.denyingAll(), options(window, chunkLines));

        BatchSummary summary = batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), Runnable::run, (chunk, soFar, read) -> aheadOfWriting.add(read - soFar.lines()));

        assertThat(summary.lines()).isEqualTo(count);
        assertThat(aheadOfWriting).hasSize(count / chunkLines);
        assertThat(aheadOfWriting).allSatisfy(ahead -> assertThat(ahead).isLessThanOrEqualTo((window - 1L) * chunkLines));
        assertThat(aheadOfWriting.get(0)).as("the first chunk is written long before the end")
                .isEqualTo((window - 1L) * chunkLines);
    }

    @Test
    void theWindowRefusesMoreThanItsCapacity() {
        OrderedWindow<String> window = new OrderedWindow<>(2);
        window.add(CompletableFuture.completedFuture("a"));
        window.add(CompletableFuture.completedFuture("b"));
        assertThat(window.isFull()).isTrue();
        assertThatThrownBy(() -> window.add(CompletableFuture.completedFuture("c")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(window.awaitOldest()).isEqualTo("a");
        window.add(CompletableFuture.completedFuture("c"));
        assertThat(window.awaitOldest()).isEqualTo("b");
        assertThat(window.awaitOldest()).isEqualTo("c");
        assertThat(window.isEmpty()).isTrue();
    }

    @Test
    void aFailingInputIsReportedWithTheLastLineWritten() {
        java.io.InputStream failing = new java.io.SequenceInputStream(
                new ByteArrayInputStream((GOOD + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8)),
                new java.io.InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                });
        assertThatThrownBy(() -> new BatchRun(FakeEngine.denyingAll(), options(2, 100)).run(failing, new ByteArrayOutputStream(),
                pool, (chunk, soFar, read) -> {
                }))
                .isInstanceOfSatisfying(BatchRun.InputFailure.class, e -> assertThat(e.afterLine()).isEqualTo(2));
    }
}
