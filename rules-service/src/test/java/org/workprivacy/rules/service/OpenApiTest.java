package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.service.RunningService.Answer;

/**
 * {@code GET /v1/openapi.json}: a valid OpenAPI 3.1 document (checked by swagger-parser), generated from the
 * API types, whose every request example answers with the status that documents it, in the documented shape.
 */
class OpenApiTest {
    private static RunningService service;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        service = RunningService.start(ServedRules.bundled());
        Answer answer = service.get("/v1/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        document = answer.json();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void isAValidOpenApi31Document() {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document.toString());
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/v1/decisions", "/v1/decisions:batch", "/v1/schema",
                "/v1/openapi.json", "/v1/health", "/v1/reload", "/metrics");
    }

    @Test
    void theSituationSchemaIsTheOneOfGetSchema() {
        JsonNode schema = service.get("/v1/schema").json();
        assertThat(document.at("/components/schemas/Situation/properties/scenario"))
                .isEqualTo(schema.at("/properties/scenario"));
        assertThat(document.at("/components/schemas/Situation-out-of-office"))
                .isEqualTo(schema.at("/$defs/out-of-office"));
    }

    @Test
    void everyRequestExampleAnswersAsDocumented() {
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode operation = path.getValue().path("post");
            JsonNode examples = operation.at("/requestBody/content/application~1json/examples");
            for (Iterator<Map.Entry<String, JsonNode>> it = examples.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> example = it.next();
                Map.Entry<String, JsonNode> documented = documentedResponse(operation, example.getKey());
                Answer answer = service.postJson(path.getKey(), example.getValue().path("value").toString());
                assertThat(answer.status()).as(path.getKey() + " example " + example.getKey())
                        .isEqualTo(Integer.parseInt(documented.getKey()));
                Schema schema = schemaOf(documented.getValue().at("/content/application~1json/schema"));
                assertThat(schema.validate(answer.json())).as(path.getKey() + " example " + example.getKey()).isEmpty();
                checked.add(path.getKey() + " " + example.getKey());
            }
        }
        assertThat(checked).contains("/v1/decisions allowed", "/v1/decisions unknown-fact", "/v1/decisions:batch mixed");
    }

    @Test
    void theLanguageParameterIsDocumentedWhereItIsReadAndWorksAsDocumented() {
        for (String path : List.of("/v1/decisions", "/v1/explanations", "/v1/decisions:batch")) {
            assertThat(document.at("/paths/" + path.replace("/", "~1") + "/post/parameters").findValuesAsText("name"))
                    .as(path).containsExactly("lang", "Accept-Language");
        }
        assertThat(document.at("/paths/~1v1~1schema/get/parameters").findValuesAsText("name")).containsExactly("lang");
        String situation = document.at("/paths/~1v1~1decisions/post/requestBody/content/application~1json/examples/allowed/value")
                .toString();
        JsonNode english = service.postJson("/v1/decisions?lang=en", situation).json().at("/reasons/0/message");
        JsonNode dutch = service.postJson("/v1/decisions?lang=nl", situation).json().at("/reasons/0/message");
        assertThat(dutch.asText()).isNotBlank().isNotEqualTo(english.asText());
        assertThat(service.postJson("/v1/decisions?lang=fr", situation).status()).isEqualTo(400);
        assertThat(service.get("/v1/schema?lang=fr").status()).isEqualTo(400);
    }

    private static Map.Entry<String, JsonNode> documentedResponse(JsonNode operation, String example) {
        for (Iterator<Map.Entry<String, JsonNode>> it = operation.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (response.getValue().at("/content/application~1json/examples").has(example)) {
                return response;
            }
        }
        throw new AssertionError("no response documents the example " + example);
    }

    /** The schema with the document's components beside it, so that its $refs resolve. */
    private static Schema schemaOf(JsonNode schema) {
        var root = RunningService.JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((com.fasterxml.jackson.databind.node.ObjectNode) schema.deepCopy());
        root.set("components", document.path("components"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }
}
