package org.workprivacy.rules.drools.load;

/** Line numbers in the text of a rule file, for problems that must point at file and line. */
public final class TextLines {
    private TextLines() {
    }

    /** The 1-based line that the character at {@code offset} is on. */
    public static int lineAt(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
