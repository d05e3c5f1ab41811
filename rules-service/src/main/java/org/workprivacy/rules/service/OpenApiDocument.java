package org.workprivacy.rules.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.util.Iterator;
import java.util.Map;
import org.workprivacy.rules.schema.SituationSchema;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.batch.LineError;
import org.workprivacy.rules.batch.ResultRecord;

/**
 * The OpenAPI 3.1 document of the service, generated from the same types as the answers: the situation
 * schema of {@code GET /v1/schema}, and the verdict, error, health and reload records (through the same
 * JSON Schema generator). Nothing in it is kept by hand except the prose. Each request example is named,
 * and the response that documents the same name says which status it answers.
 */
final class OpenApiDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String REF = "#/components/schemas/";

    private final SchemaGenerator records;
    private final ObjectMapper json;

    OpenApiDocument(ObjectMapper json) {
        this.json = json;
        this.records = new SchemaGenerator(new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON).with(new JacksonModule())
                .with(Option.INLINE_ALL_SCHEMAS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR).build());
    }

    ObjectNode build() {
        ObjectNode doc = NODES.objectNode().put("openapi", "3.1.0");
        doc.putObject("info").put("title", "workprivacy decision service").put("version", "v1")
                .put("description", "Decides workplace-privacy questions (GDPR, Dutch practice). See docs/service.md.");
        doc.putObject("components").set("schemas", schemas());
        doc.with("components").putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "Needed only when the service was started with --token-file.");
        ObjectNode paths = doc.putObject("paths");

        ObjectNode decide = operation(paths, "/v1/decisions", "post", "Decide one situation", true);
        languageChoice(decide, true);
        decide.set("requestBody", body(ref("Situation"), Map.of(
                "allowed", situation("out-of-office", "{\"action\":\"enable-auto-reply\",\"workRelatedReason\":true,"
                        + "\"employeeContact\":\"unreachable\",\"method\":\"server-side-admin\",\"mailOpened\":false}"),
                "unknown-fact", situation("out-of-office", "{\"mood\":\"cheerful\"}"))));
        ObjectNode decided = response(decide, "200", "The verdict", ref("Verdict"), "allowed");
        decided.putObject("headers").putObject(DecideEndpoint.DECISION_ID).put("description",
                "The decision's id, as in the body and the decision log.").putObject("schema").put("type", "string");
        response(decide, "400", "Not a valid situation", ref("Error"), "unknown-fact");
        refusals(decide, "413", "415", "500", "503");

        ObjectNode explain = operation(paths, "/v1/explanations", "post",
                "Explain one situation: the rules fired, how they combined, the facts left open", true);
        languageChoice(explain, true);
        explain.put("description", "The same body, limits, language choice and errors as POST /v1/decisions; the "
                + "answer is what `workprivacy explain --format json` prints. Not a decision of record: no decision id, "
                + "not written to the decision log.");
        explain.set("requestBody", body(ref("Situation"), Map.of(
                "allowed", situation("out-of-office", "{\"action\":\"enable-auto-reply\",\"workRelatedReason\":true,"
                        + "\"employeeContact\":\"unreachable\",\"method\":\"server-side-admin\",\"mailOpened\":false}"),
                "unknown-fact", situation("out-of-office", "{\"mood\":\"cheerful\"}"))));
        response(explain, "200", "The explanation", ref("Explanation"), "allowed");
        response(explain, "400", "Not a valid situation", ref("Error"), "unknown-fact");
        refusals(explain, "413", "415", "500", "503");

        ObjectNode batch = operation(paths, "/v1/decisions:batch", "post", "Decide many situations", true);
        languageChoice(batch, true);
        ObjectNode array = NODES.objectNode().put("type", "array");
        array.set("items", ref("Situation"));
        ArrayNode two = NODES.arrayNode();
        two.add(situation("out-of-office", "{\"method\":\"password-reset\",\"serverSideAutoReplyPossible\":true}"));
        two.add(situation("lunch", "{}"));
        batch.set("requestBody", body(array, Map.of("mixed", two)));
        ObjectNode entries = NODES.objectNode().put("type", "array");
        entries.set("items", ref("BatchEntry"));
        response(batch, "200", "One entry per situation, in order", entries, "mixed");
        refusals(batch, "400", "413", "415", "503");

        ObjectNode schema = operation(paths, "/v1/schema", "get", "The JSON Schema of a situation", false);
        languageChoice(schema, false);
        schema.with("responses").putObject("200").put("description", "JSON Schema (draft 2020-12)")
                .putObject("content").putObject("application/schema+json").putObject("schema").put("type", "object");
        ObjectNode openApi = operation(paths, "/v1/openapi.json", "get", "This document", false);
        response(openApi, "200", "OpenAPI 3.1", NODES.objectNode().put("type", "object"), null);
        ObjectNode health = operation(paths, "/v1/health", "get", "Up, and the rule-set version deciding", false);
        response(health, "200", "Up", ref("Health"), null);
        refusals(health, "503");
        ObjectNode reload = operation(paths, "/v1/reload", "post", "Reread the rules directory", true);
        response(reload, "200", "Reloaded, or unchanged", ref("Reload"), null);
        response(reload, "422", "The edited rules have errors; the old version keeps deciding", ref("Reload"), null);
        refusals(reload, "409", "401", "403");
        ObjectNode metrics = operation(paths, "/metrics", "get", "Prometheus metrics (text format)", true);
        metrics.with("responses").putObject("200").put("description", "Prometheus text format 0.0.4")
                .putObject("content").putObject("text/plain").putObject("schema").put("type", "string");
        return doc;
    }

    private ObjectNode schemas() {
        ObjectNode schemas = NODES.objectNode();
        ObjectNode situation = new SituationSchema().all();
        situation.remove("$schema");
        ObjectNode defs = (ObjectNode) situation.remove("$defs");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            schemas.set("Situation-" + def.getKey(), def.getValue());
        }
        situation.withArray("oneOf").forEach(option -> ((ObjectNode) option).put("$ref",
                option.path("$ref").asText().replace("#/$defs/", REF + "Situation-")));
        schemas.set("Situation", situation);
        ObjectNode verdict = records.generateSchema(Verdict.class);
        verdict.with("properties").putObject("decisionId").put("type", "string")
                .put("description", "This decision's id: also in the Decision-Id header and the decision log.");
        schemas.set("Verdict", verdict);
        // The same generator as the verdict: the explanation embeds the verdict, without a decision id.
        schemas.set("Explanation", records.generateSchema(Explanation.class));
        schemas.set("Error", records.generateSchema(ErrorJson.Body.class));
        schemas.set("Health", records.generateSchema(HealthEndpoint.Health.class));
        schemas.set("Reload", records.generateSchema(ReloadJson.class));
        // The record workprivacy batch writes too: one shape for every batch (docs/batch.md).
        ObjectNode entry = records.generateSchema(ResultRecord.class);
        entry.with("properties").set("verdict", ref("Verdict"));
        ObjectNode error = records.generateSchema(LineError.class);
        ArrayNode kinds = ((ObjectNode) error.with("properties").get("kind")).putArray("enum");
        for (LineError.Kind kind : LineError.Kind.values()) {
            kinds.add(kind.json()); // as written (@JsonValue), not the constants' names
        }
        entry.with("properties").set("error", error);
        entry.with("properties").set("id", NODES.objectNode()
                .put("description", "The situation's own \"id\", copied; null when it had none."));
        schemas.set("BatchEntry", entry);
        return schemas;
    }

    private static ObjectNode operation(ObjectNode paths, String path, String method, String summary, boolean secured) {
        // Not paths.with(path): Jackson reads a name starting with '/' as a JSON Pointer.
        ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode operation = item.putObject(method).put("summary", summary);
        if (secured) {
            operation.putArray("security").addObject().putArray("bearer");
        }
        return operation;
    }

    /**
     * The language of the answer's texts: {@code ?lang=} first, else (where the endpoint reads it) the
     * {@code Accept-Language} header, else English (LanguageChoice).
     */
    private static void languageChoice(ObjectNode operation, boolean header) {
        ArrayNode parameters = operation.putArray("parameters");
        ObjectNode lang = parameters.addObject().put("name", LanguageChoice.PARAMETER).put("in", "query")
                .put("required", false)
                .put("description", "The language of messages and descriptions; an unknown one is refused (400). "
                        + (header ? "Without it, the best match in Accept-Language, else English." : "Default English."));
        lang.putObject("schema").put("type", "string").putArray("enum").add("en").add("nl");
        if (header) {
            parameters.addObject().put("name", "Accept-Language").put("in", "header").put("required", false)
                    .put("description", "Used when ?lang is not given; a language the service does not have falls back to English.")
                    .putObject("schema").put("type", "string");
        }
    }

    private ObjectNode body(JsonNode schema, Map<String, JsonNode> examples) {
        ObjectNode body = NODES.objectNode().put("required", true);
        ObjectNode media = body.putObject("content").putObject("application/json");
        media.set("schema", schema);
        ObjectNode named = media.putObject("examples");
        examples.forEach((name, value) -> named.putObject(name).set("value", value));
        return body;
    }

    private static ObjectNode response(ObjectNode operation, String status, String description, JsonNode schema,
                                       String example) {
        ObjectNode response = operation.with("responses").putObject(status).put("description", description);
        ObjectNode media = response.putObject("content").putObject("application/json");
        media.set("schema", schema);
        if (example != null) {
            // The answer to the request example of the same name (OpenApiTest sends each and checks).
            media.putObject("examples").putObject(example).put("summary", "the answer to the request example " + example);
        }
        return response;
    }

    private static void refusals(ObjectNode operation, String... statuses) {
        for (String status : statuses) {
            response(operation, status, "Refused: " + HttpProblem.causeOf(Integer.parseInt(status)), ref("Error"), null);
        }
    }

    private JsonNode situation(String scenario, String facts) {
        try {
            ObjectNode situation = NODES.objectNode().put("scenario", scenario);
            situation.set("facts", json.readTree(facts));
            return situation;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", REF + name);
    }
}
