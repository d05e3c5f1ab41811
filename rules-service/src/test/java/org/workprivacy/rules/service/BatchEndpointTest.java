package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.service.RunningService.Answer;

/** {@code POST /v1/decisions:batch}: one entry per situation, in order, errors in their own entries. */
class BatchEndpointTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(ServiceConfig.defaults().withThreads(4).withMaxBatchSize(100), ServedRules.bundled());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void answersEachSituationInOrderWithErrorsInTheirOwnEntries() {
        Answer answer = service.postJson("/v1/decisions:batch", "["
                + Situations.SERVER_SIDE_AUTO_REPLY + ","
                + "{\"id\": \"case-7\", \"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}},"
                + Situations.PASSWORD_RESET + ","
                + "42,"
                + "{\"scenario\": \"lunch\", \"facts\": {}}"
                + "]");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode entries = answer.json();
        assertThat(entries).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(entries.get(i).path("line").asInt()).as("counting from 1, as workprivacy batch").isEqualTo(i + 1);
            assertThat(entries.get(i).has("verdict")).isNotEqualTo(entries.get(i).has("error"));
        }
        assertThat(entries.get(0).path("verdict").path("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(entries.get(1).path("id").asText()).isEqualTo("case-7");
        assertThat(entries.get(1).path("error").path("kind").asText()).isEqualTo("invalid-situation");
        assertThat(entries.get(0).path("id").isNull()).as("no id of its own: null, as in workprivacy batch").isTrue();
        assertThat(entries.get(1).path("error").path("field").asText()).isEqualTo("facts.method");
        assertThat(entries.get(2).path("verdict").path("outcome").asText()).isEqualTo("DENIED");
        assertThat(entries.get(3).path("error").path("message").asText()).contains("expected a JSON object");
        assertThat(entries.get(4).path("error").path("field").asText()).isEqualTo("scenario");
    }

    @Test
    void answersInDutch() {
        Answer answer = service.postJson("/v1/decisions:batch?lang=nl", "[" + Situations.PASSWORD_RESET + "]");
        assertThat(answer.json().get(0).path("verdict").path("reasons").get(0).path("message").asText())
                .startsWith("Een beheerder");
    }

    @Test
    void anEmptyBatchIsAnEmptyAnswer() {
        Answer answer = service.postJson("/v1/decisions:batch", "[]");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEmpty();
    }

    @Test
    void aBodyThatIsNotAnArrayIs400() {
        Answer answer = service.postJson("/v1/decisions:batch", Situations.PASSWORD_RESET);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).isEqualTo("expected a JSON array of situations");
    }

    @Test
    void aBatchOverTheCountLimitIs413BeforeAnythingIsDecided() {
        Answer answer = service.postJson("/v1/decisions:batch", batchOf(101));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.errorMessage()).isEqualTo("a batch holds at most 100 situations; this one has 101");
        Answer atTheLimit = service.postJson("/v1/decisions:batch", batchOf(100));
        assertThat(atTheLimit.status()).isEqualTo(200);
        assertThat(atTheLimit.json()).hasSize(100);
    }

    private static String batchOf(int count) {
        return IntStream.range(0, count).mapToObj(i -> Situations.PASSWORD_RESET).collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void aBatchNeedsJson() {
        Answer answer = service.send(service.request("/v1/decisions:batch").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("[]")));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.errorField()).isEqualTo("Content-Type");
    }
}
