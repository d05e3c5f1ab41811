package org.workprivacy.rules.api.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The project's JSON mappers, each built once: a Jackson mapper is costly to build and safe to share
 * once configured. Every module takes its mapper from here instead of configuring its own. Share them,
 * never reconfigure them (that would change them for everyone); {@link ObjectMapper#copy()} gives a
 * mapper of your own.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    private static final ObjectMapper STRICT = SituationJson.strictMapper(SituationLimits.DEFAULT);

    private Json() {
    }

    /**
     * Jackson's defaults: compact output, for writing answers, trees and JSON Lines.
     *
     * @return the shared mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Indented output, for people.
     *
     * @return the shared writer
     */
    public static ObjectWriter pretty() {
        return PRETTY;
    }

    /**
     * Strict about types and unknown fields, bounded by {@link SituationLimits#DEFAULT}: for reading facts.
     *
     * @return the shared strict mapper
     */
    public static ObjectMapper strict() {
        return STRICT;
    }
}
