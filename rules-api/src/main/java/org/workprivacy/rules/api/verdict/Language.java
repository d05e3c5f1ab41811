package org.workprivacy.rules.api.verdict;

import java.util.Arrays;
import java.util.Optional;

/** Languages in which reason and condition messages are available. */
public enum Language {
    EN("en"),
    NL("nl");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** ISO 639-1 tag, also the suffix of the message file ({@code messages_en.properties}). */
    public String tag() {
        return tag;
    }

    /** The language with this tag ({@code en}, {@code nl}; case ignored), if supported. */
    public static Optional<Language> byTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
