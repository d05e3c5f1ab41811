package org.workprivacy.rules.drools.decide;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workprivacy.rules.api.verdict.Language;

/**
 * The engine's own sentences in an explanation (how the rules combined, why a fact left open matters), in each
 * language, from {@code explanation_<lang>.properties} beside this class. They are filled in on every partial
 * decision, so each template is split into its texts and placeholders once, rather than parsed per call as
 * {@link java.text.MessageFormat} would (which also reads apostrophes as quotes and formats numbers per locale).
 */
final class ExplanationSentences {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final Map<Language, Map<String, Template>> SENTENCES = load();

    private ExplanationSentences() {
    }

    /** The sentence {@code key} in {@code language} with {@code {0}}, {@code {1}}, ... replaced by {@code values}. */
    static String say(Language language, String key, Object... values) {
        Template template = SENTENCES.get(language).get(key);
        if (template == null) {
            throw new IllegalStateException("no explanation sentence " + key + " in " + language.tag());
        }
        return template.fill(values);
    }

    /** The keys of a language's sentences and each one's placeholders, for the test that keeps languages in step. */
    static Map<String, List<Integer>> placeholders(Language language) {
        Map<String, List<Integer>> placeholders = new HashMap<>();
        SENTENCES.get(language).forEach((key, template) -> placeholders.put(key, template.indexes));
        return placeholders;
    }

    private static Map<Language, Map<String, Template>> load() {
        Map<Language, Map<String, Template>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "explanation_" + language.tag() + ".properties";
            try (InputStream in = ExplanationSentences.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, Template> templates = new HashMap<>();
                properties.stringPropertyNames().forEach(key -> templates.put(key, Template.of(properties.getProperty(key))));
                all.put(language, Map.copyOf(templates));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /** A sentence split at its placeholders: {@code texts} has one more element than {@code indexes}. */
    private record Template(List<String> texts, List<Integer> indexes) {
        static Template of(String sentence) {
            List<String> texts = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            Matcher placeholder = PLACEHOLDER.matcher(sentence);
            int from = 0;
            while (placeholder.find()) {
                texts.add(sentence.substring(from, placeholder.start()));
                indexes.add(Integer.parseInt(placeholder.group(1)));
                from = placeholder.end();
            }
            texts.add(sentence.substring(from));
            return new Template(List.copyOf(texts), List.copyOf(indexes));
        }

        String fill(Object[] values) {
            StringBuilder sentence = new StringBuilder(texts.get(0));
            for (int i = 0; i < indexes.size(); i++) {
                sentence.append(values[indexes.get(i)]).append(texts.get(i + 1));
            }
            return sentence.toString();
        }
    }
}
