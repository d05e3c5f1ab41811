package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.workprivacy.rules.schema.SituationSchema;

/** {@code GET /v1/schema}: the JSON Schema of the situations that {@code POST /v1/decisions} accepts. */
final class SchemaEndpoint implements Endpoint {
    private final byte[] schema;

    SchemaEndpoint(ObjectMapper json) throws JsonProcessingException {
        // Built once: it follows from the situation types, which cannot change while the service runs.
        this.schema = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new SituationSchema().all());
    }

    @Override
    public void handle(HttpCall call) {
        call.answer(200, schema, Map.of("Content-Type", "application/schema+json"));
    }
}
