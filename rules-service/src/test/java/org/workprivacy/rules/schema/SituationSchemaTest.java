package org.workprivacy.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Scenario;

class SituationSchemaTest {
    private final SituationSchema schema = new SituationSchema();

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void listsExactlyTheRecordComponentsInOrder(Scenario scenario) {
        ObjectNode facts = schema.facts(scenario);
        List<String> components = Arrays.stream(scenario.situationType().getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertThat(names(facts.get("properties"))).containsExactlyElementsOf(components);
        assertThat(facts.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(facts.has("required")).as("every fact is optional").isFalse();
        assertThat(facts.get("description").asText()).contains("All facts are optional")
                .as("the record's @JsonClassDescription comes first").isNotEqualTo(SituationSchema.FACTS_NOTE);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void givesEachFactItsTypeAllowedValuesAndADescription(Scenario scenario) {
        JsonNode properties = schema.facts(scenario).get("properties");
        for (RecordComponent component : scenario.situationType().getRecordComponents()) {
            JsonNode fact = properties.get(component.getName());
            Class<?> type = component.getType();
            assertThat(fact.path("description").asText()).as("description of %s", component.getName()).isNotBlank();
            if (type.isEnum()) {
                List<String> values = Arrays.stream(type.getEnumConstants())
                        .map(c -> SituationJson.enumJsonName((Enum<?>) c)).toList();
                List<String> valuesAndNull = new ArrayList<>(values);
                valuesAndNull.add("null");
                assertThat(texts(fact.get("enum"))).as(component.getName()).containsExactlyElementsOf(valuesAndNull);
                assertThat(fact.get("enum").get(values.size()).isNull()).as("not stated").isTrue();
                assertThat(texts(fact.get("type"))).containsExactly("string", "null");
            } else {
                String jsonType = type == Boolean.class ? "boolean" : "integer";
                assertThat(texts(fact.get("type"))).as(component.getName()).containsExactly(jsonType, "null");
            }
        }
    }

    @Test
    void theWholeDocumentOffersEveryScenarioOnce() {
        ObjectNode all = schema.all();
        assertThat(all.get("$schema").asText()).isEqualTo(SituationSchema.DIALECT);
        assertThat(names(all.get("$defs"))).containsExactlyElementsOf(Scenario.ids());
        assertThat(all.get("oneOf")).hasSize(Scenario.values().length);
        assertThat(texts(all.at("/properties/scenario/enum"))).containsExactlyElementsOf(Scenario.ids());
        assertThat(texts(all.get("required"))).containsExactly("scenario", "facts");
        for (Scenario scenario : Scenario.values()) {
            JsonNode situation = all.get("$defs").get(scenario.id());
            assertThat(situation.at("/properties/scenario/const").asText()).isEqualTo(scenario.id());
            assertThat(texts(situation.get("required"))).containsExactly("scenario", "facts");
            assertThat(names(situation.get("properties"))).containsExactly("scenario", "facts", "id");
        }
    }

    @Test
    void aScenarioDocumentIsStandalone() {
        ObjectNode situation = schema.situation(Scenario.OUT_OF_OFFICE);
        assertThat(situation.get("$schema").asText()).isEqualTo(SituationSchema.DIALECT);
        assertThat(situation.toString()).doesNotContain("$ref");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
