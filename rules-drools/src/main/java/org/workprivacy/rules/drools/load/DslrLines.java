package org.workprivacy.rules.drools.load;

import java.util.List;

/**
 * Line numbers in a decision-language rule file (.dslr). Drools compiles the expanded text, in which each
 * "- ..." line of a condition is merged into the line above it, so it reports lines of that text; this maps
 * them back to the lines legal staff wrote.
 */
public final class DslrLines {
    private DslrLines() {
    }

    /** The 1-based line of {@code dslr} that became line {@code expandedLine} of the expanded text. */
    public static int sourceLine(String dslr, int expandedLine) {
        List<String> lines = dslr.lines().toList();
        boolean inWhen = false;
        int expanded = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean merged = inWhen && line.startsWith("-");
            if (!merged && ++expanded == expandedLine) {
                return i + 1;
            }
            if (line.equals("when") || line.startsWith("when ")) {
                inWhen = true;
            } else if (line.equals("then") || line.startsWith("then ") || line.equals("end")) {
                inWhen = false;
            }
        }
        return expandedLine;
    }

    /** The 1-based line of the "end" that closes the rule {@code line} is in (or the last line). */
    public static int ruleEnd(String dslr, int line) {
        List<String> lines = dslr.lines().toList();
        for (int i = Math.max(0, line - 1); i < lines.size(); i++) {
            if (lines.get(i).strip().equals("end")) {
                return i + 1;
            }
        }
        return lines.size();
    }
}
