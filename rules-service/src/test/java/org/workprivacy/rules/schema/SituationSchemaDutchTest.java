package org.workprivacy.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.verdict.Language;

/** Every text of the situation schema has a Dutch one (the page's form in Dutch), and no Dutch text is left over. */
class SituationSchemaDutchTest {
    private final SituationSchema schema = new SituationSchema();
    private final DutchDescriptions dutch = DutchDescriptions.bundled();

    @Test
    void everyFactAndEveryScenarioQuestionHasADutchDescription() {
        List<String> missing = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            expected(scenario).stream().filter(key -> dutch.text(key).isEmpty()).forEach(missing::add);
        }
        List.of("document", "facts-note", "id").stream().filter(key -> dutch.text(key).isEmpty()).forEach(missing::add);
        assertThat(missing).as("keys without a Dutch text in %s", DutchDescriptions.RESOURCE).isEmpty();
    }

    @Test
    void noDutchTextIsLeftForAFactThatNoLongerExists() {
        Set<String> known = new HashSet<>(List.of("document", "facts-note", "id"));
        for (Scenario scenario : Scenario.values()) {
            known.addAll(expected(scenario));
        }
        assertThat(dutch.keys()).as("Dutch texts for no fact").isSubsetOf(known);
    }

    @Test
    void theDutchSchemaDiffersFromTheEnglishOnlyInItsDescriptions() {
        ObjectNode english = schema.all(Language.EN);
        ObjectNode nl = schema.all(Language.NL);
        assertThat(english).isEqualTo(schema.all());
        assertThat(withoutDescriptions(nl)).isEqualTo(withoutDescriptions(english));
        JsonNode fact = nl.at("/$defs/out-of-office/properties/facts/properties/fourEyes/description");
        assertThat(fact.asText()).isEqualTo(dutch.text("out-of-office.fourEyes").orElseThrow())
                .isNotEqualTo(english.at("/$defs/out-of-office/properties/facts/properties/fourEyes/description").asText());
        assertThat(nl.at("/$defs/out-of-office/properties/facts/description").asText())
                .startsWith(dutch.text("out-of-office").orElseThrow());
    }

    /** The keys a scenario needs: its question, and each fact of its schema that has an English description. */
    private List<String> expected(Scenario scenario) {
        List<String> keys = new ArrayList<>(List.of(scenario.id()));
        schema.facts(scenario).path("properties").fields().forEachRemaining(fact -> {
            if (fact.getValue().has("description")) {
                keys.add(scenario.id() + "." + fact.getKey());
            }
        });
        return keys;
    }

    private static JsonNode withoutDescriptions(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("description");
        }
        node.forEach(SituationSchemaDutchTest::strip);
    }
}
