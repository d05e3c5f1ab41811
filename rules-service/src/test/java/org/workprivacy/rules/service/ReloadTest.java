package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.service.RunningService.Answer;

/**
 * {@code POST /v1/reload} on a copy of the bundled rules that the tests edit. Every test leaves the
 * directory as the rules deciding after it (compiling a rule set takes seconds, so none is undone).
 */
class ReloadTest {
    private static final RuleSetFiles BUNDLED = RuleSetFiles.fromClasspath();
    private static final String MESSAGES = "messages_en.properties";
    /** A plain DRL file the broken edit adds beside the bundled rules (and removes again afterwards). */
    private static final String DRL_FILE = "org/workprivacy/rules/chatmonitoring/broken-edit.drl";
    private static final String DRL_HEADER = "package org.workprivacy.rules.chatmonitoring;\n\n"
            + "import org.workprivacy.rules.api.situation.ChatMonitoring;\n";

    @TempDir
    static Path rulesDir;
    private static ServedRules rules;
    private static RunningService service;

    @BeforeAll
    static void start() {
        for (RuleFile file : BUNDLED.files()) {
            write(file.path(), file.content());
        }
        rules = ServedRules.directory(rulesDir);
        service = RunningService.start(rules);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static void write(String path, String content) {
        try {
            Path target = rulesDir.resolve(path);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(String path) {
        try {
            Files.deleteIfExists(rulesDir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(rulesDir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer reload() {
        return service.send(service.request("/v1/reload").POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void reloadWithoutAnEditChangesNothing() {
        String before = rules.version();
        Answer answer = reload();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("changed").asBoolean()).isFalse();
        assertThat(answer.json().path("version").asText()).isEqualTo(before);
        assertThat(answer.json().path("problems")).isEmpty();
        assertThat(answer.json().has("error")).isFalse();
    }

    @Test
    void aCleanEditDecidesAfterReloadWhileBatchesInFlightFinishEachOnOneVersion() throws Exception {
        String before = rules.version();
        String batch = IntStream.range(0, 20).mapToObj(i -> Situations.SERVER_SIDE_AUTO_REPLY)
                .collect(Collectors.joining(",", "[", "]"));
        AtomicBoolean reloaded = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Answer>>> running = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                running.add(clients.submit(() -> {
                    List<Answer> answers = new ArrayList<>();
                    boolean last; // keep asking until the reload is done, then once more
                    do {
                        last = reloaded.get();
                        answers.add(service.postJson("/v1/decisions:batch", batch));
                    } while (!last);
                    return answers;
                }));
            }
            write(MESSAGES, read(MESSAGES).replaceFirst("(?m)^ooo-server-side-auto-reply=.*$",
                    "ooo-server-side-auto-reply=Edited: the administrator may set the reply."));
            Answer answer = reload();
            reloaded.set(true);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("changed").asBoolean()).isTrue();
            String edited = answer.json().path("version").asText();
            assertThat(edited).startsWith("sha256:").isNotEqualTo(before);
            Set<String> versionsSeen = new HashSet<>();
            for (Future<List<Answer>> client : running) {
                for (Answer batchAnswer : client.get()) {
                    assertThat(batchAnswer.status()).isEqualTo(200);
                    Set<String> versions = new HashSet<>();
                    batchAnswer.json().forEach(e -> versions.add(e.path("verdict").path("ruleSetVersion").asText()));
                    assertThat(versions).as("one version per batch").hasSize(1);
                    assertThat(batchAnswer.json()).allMatch(e -> e.path("verdict").path("outcome").asText().equals("ALLOWED"));
                    versionsSeen.addAll(versions);
                }
            }
            assertThat(versionsSeen).contains(edited).isSubsetOf(before, edited);

            Answer verdict = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
            assertThat(verdict.json().path("ruleSetVersion").asText()).isEqualTo(edited);
            assertThat(verdict.json().path("reasons").get(0).path("message").asText())
                    .isEqualTo("Edited: the administrator may set the reply.");
            assertThat(service.get("/v1/health").json().path("ruleSetVersion").asText()).isEqualTo(edited);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aBrokenEditIs422WithLocatedProblemsAndTheOldVersionKeepsDeciding() {
        String before = rules.version();
        String drl = DRL_HEADER;
        int line = (int) drl.lines().count() + 4;
        write(DRL_FILE, drl + "\nrule \"Broken\"\nwhen\n    ChatMonitoring( scope == )\nthen\nend\n");
        try {
            Answer answer = reload();
            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.json().path("error").path("status").asInt()).isEqualTo(422);
            assertThat(answer.errorMessage()).contains("still deciding with " + before);
            assertThat(answer.json().path("changed").asBoolean()).isFalse();
            assertThat(answer.json().path("version").asText()).isEqualTo(before);
            JsonNode problem = answer.json().path("problems").get(0);
            assertThat(problem.path("file").asText()).isEqualTo(DRL_FILE);
            assertThat(problem.path("line").asInt()).isEqualTo(line);
            assertThat(problem.path("located").asText()).startsWith(DRL_FILE + ":" + line);

            Answer verdict = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
            assertThat(verdict.status()).isEqualTo(200);
            assertThat(verdict.json().path("outcome").asText()).isEqualTo("ALLOWED");
            assertThat(verdict.json().path("ruleSetVersion").asText()).isEqualTo(before);
            assertThat(service.get("/v1/health").json().path("ruleSetVersion").asText()).isEqualTo(before);
            assertThat(service.log).anyMatch(entry -> entry.contains("the rules have errors"));
        } finally {
            delete(DRL_FILE);
        }
    }
}
