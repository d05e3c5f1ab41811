package org.workprivacy.rules.spark;

import java.util.Objects;
import java.util.Optional;
import org.workprivacy.rules.api.verdict.Language;

/**
 * How {@link Verdicts} decides: the language of the reason and condition messages; and for JSON Lines
 * input the caller's id field, taken off each line and copied into the {@code id} column, and the longest
 * line read (as {@code workprivacy batch --id-field} and {@code --max-line-bytes}).
 */
public record Options(Language language, Optional<String> idField, int maxLineBytes) {
    /** As {@code workprivacy batch}: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    public Options {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(idField, "idField");
        idField.filter(name -> name.equals("scenario") || name.equals("facts")).ifPresent(name -> {
            throw new IllegalArgumentException("the id field cannot be \"" + name + "\": that is part of the situation");
        });
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1, was " + maxLineBytes);
        }
    }

    /** English messages, no id field, lines up to 1 MiB. */
    public static Options defaults() {
        return new Options(Language.EN, Optional.empty(), DEFAULT_MAX_LINE_BYTES);
    }

    public Options withLanguage(Language newLanguage) {
        return new Options(newLanguage, idField, maxLineBytes);
    }

    public Options withIdField(String name) {
        return new Options(language, Optional.of(name), maxLineBytes);
    }

    public Options withMaxLineBytes(int newMaxLineBytes) {
        return new Options(language, idField, newMaxLineBytes);
    }
}
