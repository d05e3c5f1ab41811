package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.service.RunningService.Answer;

/** {@code POST /v1/explanations}: the engine's own explanation over HTTP, with the decisions' limits and errors. */
class ExplainEndpointTest {
    @Test
    void answersWhatTheEngineExplainsInTheLanguageAskedFor() throws Exception {
        ServedRules rules = ServedRules.bundled();
        try (RunningService service = RunningService.start(rules)) {
            Answer answer = service.postJson("/v1/explanations?lang=nl", Situations.PASSWORD_RESET);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.header("Content-Language")).isEqualTo("nl");
            var expected = rules.snapshot().explain(new SituationJson().read(RunningService.parse(Situations.PASSWORD_RESET)),
                    Language.NL);
            assertThat(answer.json()).isEqualTo(RunningService.JSON.readTree(RunningService.JSON.writeValueAsBytes(expected)));
            assertThat(answer.json().path("firedRules").get(0).path("ruleId").asText())
                    .isEqualTo(answer.json().path("verdict").path("reasons").get(0).path("ruleId").asText());
            assertThat(answer.json().has("decisionId")).as("not a decision of record").isFalse();
        }
    }

    @Test
    void refusesWhatDecisionsRefuse() {
        AccessControl tokens = new AccessControl(List.of("client".getBytes(StandardCharsets.UTF_8)), List.of());
        try (RunningService open = RunningService.start(ServedRules.bundled());
             RunningService closed = RunningService.start(ServiceConfig.defaults().withThreads(4), ServedRules.bundled(), tokens)) {
            String bad = "{\"scenario\": \"out-of-office\", \"facts\": {\"mood\": \"cheerful\"}}";
            Answer explained = open.postJson("/v1/explanations", bad);
            Answer decided = open.postJson("/v1/decisions", bad);
            assertThat(explained.status()).isEqualTo(400);
            assertThat(explained.json()).isEqualTo(decided.json());
            assertThat(open.postJson("/v1/explanations?lang=fr", Situations.PASSWORD_RESET).errorField()).isEqualTo("lang");
            assertThat(closed.postJson("/v1/explanations", Situations.PASSWORD_RESET).status()).isEqualTo(401);
        }
    }
}
