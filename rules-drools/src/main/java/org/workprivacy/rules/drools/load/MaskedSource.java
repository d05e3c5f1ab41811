package org.workprivacy.rules.drools.load;

/**
 * A rule file's text with comments and the contents of string literals blanked out (quotes kept,
 * line breaks kept), so that checks can look for code without being fooled by a rule's name or a
 * comment, while every offset still points at the same place in the file.
 *
 * <p>Deliberately conservative where DRL and Java might read the text differently: {@code #} is not a
 * comment (Drools 10 rejects it anyway), and a string ends at the end of its line at the latest, so
 * text is never hidden from the checks that Drools or the Java compiler would read as code.
 */
record MaskedSource(String raw, String masked) {

    static MaskedSource of(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < raw.length() && raw.charAt(i) != c && raw.charAt(i) != '\n' && raw.charAt(i) != '\r') {
                    if (raw.charAt(i) == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) != '\n'
                            && raw.charAt(i + 1) != '\r') {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < raw.length() && raw.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
            } else if (raw.startsWith("//", i)) {
                // A bare CR ends a line comment for the Java compiler, so it ends it here too.
                while (i < raw.length() && raw.charAt(i) != '\n' && raw.charAt(i) != '\r') {
                    out.append(' ');
                    i++;
                }
            } else if (raw.startsWith("/*", i)) {
                int end = raw.indexOf("*/", i + 2);
                end = end < 0 ? raw.length() : end + 2;
                for (; i < end; i++) {
                    out.append(raw.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return new MaskedSource(raw, out.toString());
    }

    /** 1-based line of {@code offset}. */
    int line(int offset) {
        return RuleLocator.lineAt(raw, offset);
    }

    /** 1-based column of {@code offset}. */
    int column(int offset) {
        return offset - raw.lastIndexOf('\n', offset - 1);
    }
}
