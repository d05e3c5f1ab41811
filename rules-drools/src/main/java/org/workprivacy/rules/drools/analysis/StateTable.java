package org.workprivacy.rules.drools.analysis;

/**
 * The situations that leave exactly the facts in {@code mask} unstated, each with what its completions
 * decided, folded: whether some completion is ALLOWED or DENIED, the reasons common to and found in the
 * ALLOWED completions and in the DENIED ones, and the conditions of all. The fold is associative, so a
 * table is built from the table of one fact fewer left open, whose size is at most the complete table's.
 */
final class StateTable {
    static final byte ALLOWED = 1;
    static final byte DENIED = 2;

    final SpaceLayout layout;
    final Catalog catalog;
    final int mask;
    final int size;
    /** Per fact: the stride of its value in this table's entry number, 0 when it is unstated. */
    final int[] strides;
    final byte[] flags;
    final long[] allowedCommon;
    final long[] allowedAny;
    final long[] deniedCommon;
    final long[] deniedAny;
    final long[] conditions;
    private final boolean questionOpen;
    private final int rw;
    private final int cw;

    private StateTable(SpaceLayout layout, Catalog catalog, int mask) {
        this.layout = layout;
        this.catalog = catalog;
        this.mask = mask;
        this.questionOpen = questionOpen(layout, mask);
        int n = layout.sizes.length;
        this.strides = new int[n];
        int stride = 1;
        for (int i = n - 1; i >= 0; i--) {
            if ((mask & (1 << i)) == 0) {
                strides[i] = stride;
                stride *= layout.sizes[i];
            }
        }
        this.size = stride;
        this.rw = catalog.reasonWords;
        this.cw = catalog.conditionWords;
        this.flags = new byte[size];
        this.allowedCommon = new long[size * rw];
        this.allowedAny = new long[size * rw];
        this.deniedCommon = new long[size * rw];
        this.deniedAny = new long[size * rw];
        this.conditions = new long[size * cw];
    }

    /** The complete situations, from the table of results. */
    static StateTable complete(SpaceLayout layout, Catalog catalog) {
        StateTable table = new StateTable(layout, catalog, 0);
        int[] ids = catalog.table.ids;
        for (int e = 0; e < table.size; e++) {
            int r = ids[e];
            if (r < 0) {
                continue;
            }
            long[] reasons = catalog.reasons[r];
            long[] common = catalog.allowed[r] ? table.allowedCommon : table.deniedCommon;
            long[] any = catalog.allowed[r] ? table.allowedAny : table.deniedAny;
            table.flags[e] = catalog.allowed[r] ? ALLOWED : DENIED;
            System.arraycopy(reasons, 0, common, e * table.rw, table.rw);
            System.arraycopy(reasons, 0, any, e * table.rw, table.rw);
            if (catalog.allowed[r]) {
                System.arraycopy(catalog.conditions[r], 0, table.conditions, e * table.cw, table.cw);
            }
        }
        return table;
    }

    /** The table that also leaves {@code fact} unstated: each entry folds the parent's entries over the fact's values. */
    StateTable without(int fact) {
        StateTable child = new StateTable(layout, catalog, mask | (1 << fact));
        int n = layout.sizes.length;
        int[] digits = new int[n];
        int to = 0;
        for (int from = 0; from < size; from++) {
            if (flags[from] != 0) {
                child.fold(to, this, from);
            }
            for (int i = n - 1; i >= 0; i--) {
                if (strides[i] == 0) {
                    continue;
                }
                digits[i]++;
                to += child.strides[i];
                if (digits[i] < layout.sizes[i]) {
                    break;
                }
                to -= child.strides[i] * layout.sizes[i];
                digits[i] = 0;
            }
        }
        return child;
    }

    private void fold(int e, StateTable from, int f) {
        byte mine = flags[e];
        byte theirs = from.flags[f];
        int a = e * rw;
        int b = f * rw;
        if ((theirs & ALLOWED) != 0) {
            for (int w = 0; w < rw; w++) {
                allowedCommon[a + w] = (mine & ALLOWED) != 0 ? allowedCommon[a + w] & from.allowedCommon[b + w] : from.allowedCommon[b + w];
                allowedAny[a + w] |= from.allowedAny[b + w];
            }
            int c = e * cw;
            int d = f * cw;
            for (int w = 0; w < cw; w++) {
                conditions[c + w] |= from.conditions[d + w];
            }
        }
        if ((theirs & DENIED) != 0) {
            for (int w = 0; w < rw; w++) {
                deniedCommon[a + w] = (mine & DENIED) != 0 ? deniedCommon[a + w] & from.deniedCommon[b + w] : from.deniedCommon[b + w];
                deniedAny[a + w] |= from.deniedAny[b + w];
            }
        }
        flags[e] = (byte) (mine | theirs);
    }

    boolean empty(int e) {
        return flags[e] == 0;
    }

    /** Every completion ALLOWED, and the question itself stated (a permission is only given for a stated question). */
    boolean allowed(int e) {
        return flags[e] == ALLOWED && !questionOpen;
    }

    /** Completions disagree, or all are ALLOWED for a question left open: DENIED for missing facts. */
    boolean mixed(int e) {
        return flags[e] == (ALLOWED | DENIED) || (flags[e] == ALLOWED && questionOpen);
    }

    /** Whether this table leaves a fact of the question itself ({@code @Question}) unstated. */
    private static boolean questionOpen(SpaceLayout layout, int mask) {
        for (int i = 0; i < layout.facts.size(); i++) {
            if ((mask & (1 << i)) != 0 && layout.space.questions().contains(layout.facts.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The derived verdict's reason codes as bits of the shared code numbering (missing-facts when mixed). */
    long[] reasonCodeBits(int e, long[] into) {
        if (mixed(e)) {
            java.util.Arrays.fill(into, 0);
            Catalog.set(into, catalog.reasonCodeIndex(Catalog.MISSING_FACTS));
            return into;
        }
        long[] common = allowed(e) ? allowedCommon : deniedCommon;
        long[] any = allowed(e) ? allowedAny : deniedAny;
        boolean none = true;
        for (int w = 0; w < rw && none; w++) {
            none = common[e * rw + w] == 0;
        }
        return catalog.codeBits(none ? any : common, e * rw, into);
    }

    /** Whether the derived verdict carries condition number {@code index} (only ALLOWED verdicts carry any). */
    boolean hasCondition(int e, int index) {
        return allowed(e) && Catalog.has(conditions, e * cw, index);
    }

    boolean sameConditions(int e, StateTable other, int f) {
        for (int w = 0; w < cw; w++) {
            if (conditions[e * cw + w] != other.conditions[f * other.cw + w]) {
                return false;
            }
        }
        return true;
    }

    java.util.Set<String> conditionCodes(int e) {
        return allowed(e) ? catalog.conditionCodes(conditions, e * cw) : java.util.Set.of();
    }
}
