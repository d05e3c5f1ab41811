package org.workprivacy.rules.api.verdict;

import java.util.regex.Pattern;

/** Reason and condition codes are stable identifiers callers switch on: lower-case kebab-case. */
final class Codes {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Codes() {
    }

    static void requireKebabCase(String code) {
        if (code == null || !KEBAB.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be kebab-case, was: " + code);
        }
    }
}
