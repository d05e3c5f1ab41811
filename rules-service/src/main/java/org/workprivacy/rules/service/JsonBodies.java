package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.batch.MalformedJson;

/**
 * Parses request bodies as JSON from their bytes, with the same strict settings as situation files
 * (duplicate keys and trailing content are errors). Parsing bytes rather than a decoded string lets
 * invalid UTF-8 be an error instead of a silent replacement character.
 */
final class JsonBodies {
    private final ObjectMapper strict = Json.strict();

    JsonNode parse(byte[] body) {
        try {
            return strict.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpProblem(400, "", MalformedJson.message(e), Map.of(), "malformed-json");
        } catch (IOException e) {
            throw HttpProblem.badRequest("", "unreadable body: " + e.getMessage());
        }
    }
}
