package org.workprivacy.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.verdict.Language;

/**
 * The JSON Schema (draft 2020-12) of situation JSON, generated from the situation records themselves so it
 * cannot drift from what {@link org.workprivacy.rules.api.json.SituationJson} accepts: fact names are the
 * record components, enum values their {@code @JsonProperty} names, descriptions their
 * {@code @JsonPropertyDescription}. Every fact is optional and may be {@code null} (not stated); unknown facts
 * are rejected. Safe to share between threads; each call returns a fresh tree.
 */
public final class SituationSchema {
    /** The JSON Schema dialect of every document this class produces. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    static final String FACTS_NOTE = "All facts are optional: a fact left out or null is not stated. When the "
            + "decision needs a fact that is not stated, the verdict is DENIED and names it in missingFacts.";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaGenerator generator;

    /** A generator for the situation records of this library; build once and share. */
    public SituationSchema() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.NULLABLE_FIELDS_BY_DEFAULT,
                        // No $defs/$ref: the facts schema is embedded in larger documents, where refs would dangle.
                        Option.INLINE_ALL_SCHEMAS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // Facts in the order the record declares them (the order of the docs), not alphabetically.
        config.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(SituationSchema::componentIndex));
        this.generator = new SchemaGenerator(config.build());
    }

    /** The schema of the {@code facts} object of one scenario (no {@code $schema}: meant to be embedded). */
    public ObjectNode facts(Scenario scenario) {
        ObjectNode facts = generator.generateSchema(scenario.situationType());
        facts.path("properties").forEach(SituationSchema::inlineNullableEnum);
        String question = facts.path("description").asText("");
        ObjectNode ordered = NODES.objectNode();
        ordered.put("title", "Facts of scenario " + scenario.id());
        ordered.put("description", question.isEmpty() ? FACTS_NOTE : question + " " + FACTS_NOTE);
        facts.remove(List.of("title", "description"));
        ordered.setAll(facts);
        return ordered;
    }

    /** A whole situation document of one scenario: {@code {"scenario": "<id>", "facts": {...}, "id": ...}}. */
    public ObjectNode situation(Scenario scenario) {
        ObjectNode document = NODES.objectNode().put("$schema", DIALECT);
        document.setAll(situationBody(scenario));
        return document;
    }

    /** A situation document of any scenario: one of the per-scenario documents, chosen by {@code scenario}. */
    public ObjectNode all() {
        ObjectNode document = NODES.objectNode()
                .put("$schema", DIALECT)
                .put("title", "Workplace-privacy situation")
                .put("description", "A situation to decide: the scenario and its facts. " + FACTS_NOTE)
                .put("type", "object");
        document.putArray("required").add("scenario").add("facts");
        // Checked up front too, so an unknown scenario is reported as such rather than as "no branch matched".
        ArrayNode scenarioIds = document.putObject("properties").putObject("scenario").putArray("enum");
        Scenario.ids().forEach(scenarioIds::add);
        var ids = document.putArray("oneOf");
        ObjectNode defs = NODES.objectNode();
        for (Scenario scenario : Scenario.values()) {
            ids.addObject().put("$ref", "#/$defs/" + scenario.id());
            defs.set(scenario.id(), situationBody(scenario));
        }
        document.set("$defs", defs);
        return document;
    }

    /**
     * {@link #all()} with its descriptions in {@code language}: English as written in the situation records,
     * Dutch from {@link DutchDescriptions} (a description without a Dutch text stays English).
     */
    public ObjectNode all(Language language) {
        return language == Language.NL ? DutchDescriptions.bundled().translate(all()) : all();
    }

    private ObjectNode situationBody(Scenario scenario) {
        ObjectNode body = NODES.objectNode()
                .put("title", "Situation of scenario " + scenario.id())
                .put("type", "object");
        ObjectNode properties = body.putObject("properties");
        properties.putObject("scenario").put("const", scenario.id());
        properties.set("facts", facts(scenario));
        properties.putObject("id").put("description",
                "The caller's own identifier for this situation; never used in the decision.");
        body.putArray("required").add("scenario").add("facts");
        body.put("additionalProperties", false);
        return body;
    }

    /**
     * Rewrites victools' {@code {"anyOf": [{"type": "null"}, {"type": "string", "enum": [...]}]}} for a
     * nullable enum fact into the flatter {@code {"type": ["string", "null"], "enum": [..., null]}}: the same
     * set of values, but what code generators and people read most easily (booleans already look like this).
     */
    private static void inlineNullableEnum(JsonNode fact) {
        JsonNode anyOf = fact.path("anyOf");
        if (!(fact instanceof ObjectNode node) || anyOf.size() != 2 || !"null".equals(anyOf.get(0).path("type").asText())
                || !anyOf.get(1).has("enum")) {
            return;
        }
        ArrayNode values = ((ArrayNode) anyOf.get(1).get("enum")).deepCopy().addNull();
        JsonNode description = node.get("description");
        node.removeAll();
        node.putArray("type").add(anyOf.get(1).path("type").asText()).add("null");
        node.set("enum", values);
        if (description != null) {
            node.set("description", description);
        }
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components == null) {
            return Integer.MAX_VALUE;
        }
        return Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(member.getDeclaredName());
    }
}
