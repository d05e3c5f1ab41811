package org.workprivacy.rules.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.workprivacy.rules.api.verdict.Language;

/**
 * The language of the messages in an answer: {@code ?lang=} when given (an unknown one is an error), else
 * the best match in {@code Accept-Language}, else English. A header is a preference, not an order, so an
 * unusable one falls back to English instead of failing.
 */
final class LanguageChoice {
    static final String PARAMETER = "lang";

    private LanguageChoice() {
    }

    static Language choose(Optional<String> parameter, String acceptLanguage) {
        if (parameter.isPresent()) {
            return Language.byTag(parameter.get()).orElseThrow(() -> HttpProblem.badRequest(PARAMETER,
                    "unknown language \"" + parameter.get() + "\"; use en or nl"));
        }
        return fromHeader(acceptLanguage).orElse(Language.EN);
    }

    private static Optional<Language> fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by weight, highest first
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue; // q=0: "not this one"
            }
            String primary = range.getRange().split("-")[0];
            if (primary.equals("*")) {
                return Optional.of(Language.EN);
            }
            Optional<Language> language = Language.byTag(primary);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
