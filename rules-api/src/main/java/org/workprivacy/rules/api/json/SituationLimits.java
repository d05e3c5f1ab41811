package org.workprivacy.rules.api.json;

/**
 * How big a situation document may be before it is refused unread: input that large is a mistake or an
 * attack, and refusing it early keeps a bad request from costing memory or stack.
 *
 * @param maxDocumentChars total characters of one situation document (one JSON Lines line)
 * @param maxNestingDepth  nested objects and arrays; a situation needs two levels ({@code facts} in the document)
 * @param maxStringChars   characters of one text value or field name
 */
public record SituationLimits(int maxDocumentChars, int maxNestingDepth, int maxStringChars) {
    /** 1 MiB per document, 32 levels, 64 KiB per text: far beyond any real situation. */
    public static final SituationLimits DEFAULT = new SituationLimits(1 << 20, 32, 1 << 16);

    /** The canonical constructor: refuses limits that are not positive or allow fewer than two levels. */
    public SituationLimits {
        if (maxDocumentChars < 1 || maxNestingDepth < 2 || maxStringChars < 1) {
            throw new IllegalArgumentException("limits must be positive and allow two levels of nesting: "
                    + maxDocumentChars + ", " + maxNestingDepth + ", " + maxStringChars);
        }
    }
}
