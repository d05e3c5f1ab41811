package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Scenario;

/**
 * INTERIM: a minimal JSON Schema (draft 2020-12) of the situations, built by reflection from
 * {@link Scenario} and the components of each situation record: fact names, JSON types and allowed
 * values. Every fact may be left out or {@code null} (not stated); unknown facts are refused, as
 * {@link SituationJson} does. Replace it with the shared schema generator in rules-api (issue 6, part 2,
 * written on a parallel branch) when the branches are merged; only {@link SchemaEndpoint} uses it.
 */
final class InterimSituationSchema {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private InterimSituationSchema() {
    }

    static ObjectNode build(ObjectMapper json) {
        ObjectNode schema = json.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", "workprivacy situation");
        schema.put("description", "One situation to decide: a scenario id and the facts of that scenario.");
        schema.put("type", "object");
        schema.putArray("required").add("scenario").add("facts");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode ids = properties.putObject("scenario").putArray("enum");
        Scenario.ids().forEach(ids::add);
        properties.putObject("facts").put("type", "object");
        properties.putObject("id").put("description", "the caller's own id; echoed in batch answers");
        ArrayNode oneOf = schema.putArray("oneOf");
        ObjectNode defs = schema.putObject("$defs");
        for (Scenario scenario : Scenario.values()) {
            ObjectNode branch = oneOf.addObject();
            ObjectNode branchProperties = branch.putObject("properties");
            branchProperties.putObject("scenario").put("const", scenario.id());
            branchProperties.putObject("facts").put("$ref", "#/$defs/" + scenario.id());
            defs.set(scenario.id(), facts(json, scenario));
        }
        return schema;
    }

    private static ObjectNode facts(ObjectMapper json, Scenario scenario) {
        ObjectNode facts = json.createObjectNode();
        facts.put("type", "object");
        facts.put("additionalProperties", false);
        ObjectNode properties = facts.putObject("properties");
        for (RecordComponent component : scenario.situationType().getRecordComponents()) {
            properties.set(component.getName(), fact(json, scenario, component));
        }
        return facts;
    }

    private static ObjectNode fact(ObjectMapper json, Scenario scenario, RecordComponent component) {
        Class<?> type = component.getType();
        ObjectNode fact = json.createObjectNode();
        if (type.isEnum()) {
            fact.putArray("type").add("string").add("null");
            ArrayNode values = fact.putArray("enum");
            for (Object constant : type.getEnumConstants()) {
                values.add(SituationJson.enumJsonName((Enum<?>) constant));
            }
            values.addNull();
        } else if (type == Boolean.class) {
            fact.putArray("type").add("boolean").add("null");
        } else if (type == Integer.class || type == Long.class) {
            fact.putArray("type").add("integer").add("null");
        } else if (type == String.class) {
            fact.putArray("type").add("string").add("null");
        } else {
            // Fail loudly rather than publish a schema that says less than the API accepts.
            throw new IllegalStateException("no JSON Schema type for " + scenario.id() + "." + component.getName()
                    + " of type " + type.getName());
        }
        return fact;
    }
}
