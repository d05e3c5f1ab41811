package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** {@code GET /v1/openapi.json}: the OpenAPI 3.1 document, generated once at start (see {@link OpenApiDocument}). */
final class OpenApiEndpoint implements Endpoint {
    private final byte[] document;

    OpenApiEndpoint(ObjectMapper json) throws JsonProcessingException {
        this.document = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new OpenApiDocument(json).build());
    }

    @Override
    public void handle(HttpCall call) {
        call.answer(200, document, Map.of());
    }
}
