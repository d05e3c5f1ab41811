package org.workprivacy.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.workprivacy.rules.api.situation.Scenario;

/**
 * The Dutch descriptions of the situation schema, kept beside the English ones (the situation records'
 * annotations) in {@code org/workprivacy/rules/api/situation/descriptions_nl.properties}. Keys: the
 * scenario id for its question, {@code <scenario>.<fact>} for a fact, and {@code document},
 * {@code facts-note} and {@code id} for the texts of the document itself.
 */
public final class DutchDescriptions {
    /** Where the texts are on the classpath. */
    public static final String RESOURCE = "/org/workprivacy/rules/api/situation/descriptions_nl.properties";

    private final Properties texts;

    private DutchDescriptions(Properties texts) {
        this.texts = texts;
    }

    /** The texts bundled with rules-api. */
    public static DutchDescriptions bundled() {
        Properties texts = new Properties();
        try (InputStream in = Scenario.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCE);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DutchDescriptions(texts);
    }

    /** The Dutch text for {@code key}; empty when there is none (the English one then stays). */
    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Every key, for the test that no text is left over for a fact that no longer exists. */
    public java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }

    /**
     * Puts the Dutch texts into {@code document} (as {@link SituationSchema#all()} makes it), in place:
     * every description it has a text for; anything without one keeps its English description.
     */
    ObjectNode translate(ObjectNode document) {
        String note = text("facts-note").orElse(SituationSchema.FACTS_NOTE);
        text("document").ifPresent(d -> document.put("description", d + " " + note));
        for (Iterator<Map.Entry<String, JsonNode>> defs = document.path("$defs").fields(); defs.hasNext(); ) {
            Map.Entry<String, JsonNode> def = defs.next();
            String scenario = def.getKey();
            JsonNode properties = def.getValue().path("properties");
            ObjectNode facts = (ObjectNode) properties.path("facts");
            facts.put("description", text(scenario).map(q -> q + " " + note).orElse(note));
            text("id").ifPresent(d -> ((ObjectNode) properties.path("id")).put("description", d));
            for (Iterator<Map.Entry<String, JsonNode>> it = facts.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> fact = it.next();
                text(scenario + "." + fact.getKey()).ifPresent(d -> ((ObjectNode) fact.getValue()).put("description", d));
            }
        }
        return document;
    }
}
