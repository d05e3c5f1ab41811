package org.workprivacy.rules.drools.casebook;

/**
 * How big a casebook may be before it is refused unread. Casebooks are written by hand, so anything
 * near these limits is a mistake (or an attack on a service that runs uploaded casebooks).
 *
 * @param maxChars        characters of one casebook file
 * @param maxNestingDepth nested mappings and lists (a case's facts sit at depth four)
 * @param maxCases        cases in one casebook
 */
public record CasebookLimits(int maxChars, int maxNestingDepth, int maxCases) {
    /** 2 MiB, 64 levels, 5,000 cases: far beyond any casebook legal staff write. */
    public static final CasebookLimits DEFAULT = new CasebookLimits(2 << 20, 64, 5_000);

    public CasebookLimits {
        if (maxChars < 1 || maxNestingDepth < 4 || maxCases < 1) {
            throw new IllegalArgumentException("limits must be positive and allow four levels of nesting: "
                    + maxChars + ", " + maxNestingDepth + ", " + maxCases);
        }
    }
}
