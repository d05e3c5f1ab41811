package org.workprivacy.rules.service;

import java.util.Locale;

/** HTML escaping for the rulebook pages: every text from rule files or casebooks passes through here. */
final class Html {
    private Html() {
    }

    /** Text safe inside an element or a quoted attribute. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A fragment id made of the characters an id may hold everywhere: letters, digits and dashes. */
    static String id(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
