package org.workprivacy.rules.drools.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.workprivacy.rules.api.verdict.Language;

/**
 * Reason and condition texts, one file per language ({@code messages_en.properties},
 * {@code messages_nl.properties}) at the root of the rule set, keyed by code. Legal staff edit these
 * texts in one place per language; {@code check} reports a code without a text.
 */
public final class Messages {
    private final Map<Language, Map<String, String>> texts;

    private Messages(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    public static String fileName(Language language) {
        return "messages_" + language.tag() + ".properties";
    }

    public static Messages from(RuleSetFiles files) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, files.files().stream()
                    .filter(f -> f.path().equals(fileName(language)))
                    .findFirst()
                    .map(f -> parse(f.content()))
                    .orElse(Map.of()));
        }
        return new Messages(texts);
    }

    private static Map<String, String> parse(String content) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new java.util.HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k).strip()));
        return Map.copyOf(map);
    }

    public Optional<String> find(Language language, String code) {
        return Optional.ofNullable(texts.get(language).get(code));
    }

    /** The text for a code; falls back to English, then to the code itself so a verdict never lacks words. */
    public String text(Language language, String code, Map<String, String> parameters) {
        String template = find(language, code).or(() -> find(Language.EN, code)).orElse(code);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            template = template.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return template;
    }

    /** The codes among {@code codes} that have no text in {@code language}. */
    public Set<String> missingTexts(Language language, List<String> codes) {
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(texts.get(language).keySet());
        return missing;
    }
}
