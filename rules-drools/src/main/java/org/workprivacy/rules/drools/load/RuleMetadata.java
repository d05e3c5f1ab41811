package org.workprivacy.rules.drools.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads the metadata every rule must carry: {@code @code("...")} and {@code @legalBasis("a; b")}. */
public final class RuleMetadata {
    public static final String CODE = "code";
    public static final String LEGAL_BASIS = "legalBasis";

    private RuleMetadata() {
    }

    public static String code(Map<String, Object> metadata) {
        return text(metadata.get(CODE));
    }

    public static List<String> legalBasis(Map<String, Object> metadata) {
        String value = text(metadata.get(LEGAL_BASIS));
        return value.isEmpty() ? List.of()
                : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Drools may hand metadata back with or without its quotes depending on the build mode. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
