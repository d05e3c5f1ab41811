package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.schema.SituationSchema;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.service.RunningService.Answer;

/** {@code GET /v1/schema} and {@code GET /v1/health}. */
class SchemaAndHealthTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(ServedRules.bundled());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void healthIsUpWithTheRuleSetVersion() {
        Answer answer = service.get("/v1/health");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asText()).isEqualTo("UP");
        assertThat(answer.json().path("ruleSetVersion").asText()).isEqualTo(DecisionEngines.bundled().ruleSetVersion());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Answer answer = service.send(service.request("/v1/health").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void theSchemaListsEveryScenarioAndEveryFact() {
        Answer answer = service.get("/v1/schema");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/schema+json");
        JsonNode schema = answer.json();
        assertThat(schema.path("$schema").asText()).isEqualTo(SituationSchema.DIALECT);
        List<String> ids = new ArrayList<>();
        schema.path("properties").path("scenario").path("enum").forEach(id -> ids.add(id.asText()));
        assertThat(ids).isEqualTo(Scenario.ids());
        for (Scenario scenario : Scenario.values()) {
            JsonNode facts = schema.path("$defs").path(scenario.id()).path("properties").path("facts");
            assertThat(facts.path("additionalProperties").asBoolean(true)).isFalse();
            List<String> names = new ArrayList<>();
            facts.path("properties").fieldNames().forEachRemaining(names::add);
            assertThat(names).as(scenario.id()).containsExactly(java.util.Arrays.stream(
                    scenario.situationType().getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new));
        }
    }

    @Test
    void theSchemaGivesTypesAndTheJsonNamesOfAllowedValues() {
        JsonNode outOfOffice = service.get("/v1/schema").json()
                .at("/$defs/out-of-office/properties/facts/properties");
        assertThat(outOfOffice.path("method").path("enum").toString())
                .isEqualTo("[\"server-side-admin\",\"password-reset\",null]");
        assertThat(outOfOffice.path("mailOpened").path("type").toString()).isEqualTo("[\"boolean\",\"null\"]");
    }

    @Test
    void theSchemaInDutchOnlyWhenAskedWithLang() {
        JsonNode english = service.get("/v1/schema").json();
        Answer dutch = service.send(service.request("/v1/schema?lang=nl").header("Accept-Language", "en"));
        assertThat(dutch.status()).isEqualTo(200);
        assertThat(dutch.header("Content-Language")).isEqualTo("nl");
        assertThat(dutch.json().at("/$defs/out-of-office/properties/facts/properties/fourEyes/description").asText())
                .isEqualTo(org.workprivacy.rules.schema.DutchDescriptions.bundled().text("out-of-office.fourEyes").orElseThrow());
        Answer preferringDutch = service.send(service.request("/v1/schema").header("Accept-Language", "nl"));
        assertThat(preferringDutch.json()).as("a header does not change the schema").isEqualTo(english);
        assertThat(service.get("/v1/schema?lang=fr").status()).isEqualTo(400);
    }
}
