package org.workprivacy.rules.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.schema.SituationSchema;

/**
 * {@code GET /v1/schema}: the JSON Schema of the situations that {@code POST /v1/decisions} accepts, its
 * descriptions in English, or in Dutch with {@code ?lang=nl} (the page's form in Dutch). Only the parameter
 * chooses: tools that read the schema get English whatever their {@code Accept-Language}.
 */
final class SchemaEndpoint implements Endpoint {
    private final Map<Language, byte[]> schemas = new EnumMap<>(Language.class);

    SchemaEndpoint(ObjectMapper json) throws JsonProcessingException {
        // Built once: it follows from the situation types and texts, which cannot change while the service runs.
        SituationSchema schema = new SituationSchema();
        for (Language language : Language.values()) {
            schemas.put(language, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(schema.all(language)));
        }
    }

    @Override
    public void handle(HttpCall call) {
        Optional<String> lang = Optional.ofNullable(call.query(Set.of(LanguageChoice.PARAMETER)).get(LanguageChoice.PARAMETER));
        Language language = LanguageChoice.choose(lang, null);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/schema+json");
        lang.ifPresent(l -> headers.put("Content-Language", language.tag()));
        call.answer(200, schemas.get(language), headers);
    }
}
