package org.workprivacy.rules.drools.analysis;

import java.util.Arrays;

/**
 * The situations that leave exactly the facts in {@code mask} unstated, each with the state folded from
 * its completions. Built in one pass over the complete table, so its size is at most that table's and
 * only one per thread exists at a time: memory does not grow with the number of masks.
 */
final class MaskTable {
    final SpaceLayout layout;
    final int mask;
    final int[] partialStrides;
    final int size;
    final int[] states;

    private MaskTable(SpaceLayout layout, int mask) {
        this.layout = layout;
        this.mask = mask;
        int n = layout.sizes.length;
        this.partialStrides = new int[n];
        int stride = 1;
        for (int i = n - 1; i >= 0; i--) {
            if ((mask & (1 << i)) == 0) {
                partialStrides[i] = stride;
                stride *= layout.sizes[i];
            }
        }
        this.size = stride;
        this.states = new int[size];
    }

    /** Folds every complete situation into the situation that leaves the masked facts unstated. */
    static MaskTable fill(SpaceLayout layout, int[] ids, int mask, Merger merger) {
        MaskTable table = new MaskTable(layout, mask);
        Arrays.fill(table.states, Merger.EMPTY);
        int n = layout.sizes.length;
        int[] digits = new int[n];
        int partial = 0;
        for (int index = 0; index < layout.complete; index++) {
            int leaf = merger.leaf(ids[index]);
            if (leaf != Merger.EMPTY) {
                table.states[partial] = merger.fold(table.states[partial], leaf);
            }
            for (int i = n - 1; i >= 0; i--) {
                digits[i]++;
                partial += table.partialStrides[i];
                if (digits[i] < layout.sizes[i]) {
                    break;
                }
                partial -= table.partialStrides[i] * layout.sizes[i];
                digits[i] = 0;
            }
        }
        return table;
    }

    /** The value index of fact {@code fact} in entry {@code entry}, or -1 when the fact is not stated. */
    int digit(int entry, int fact) {
        if ((mask & (1 << fact)) != 0) {
            return -1;
        }
        return (entry / partialStrides[fact]) % layout.sizes[fact];
    }

    /** The complete-situation number of the entry's stated facts (unstated ones at their first value). */
    int completeIndex(int entry) {
        int index = 0;
        for (int i = 0; i < layout.sizes.length; i++) {
            int digit = digit(entry, i);
            if (digit > 0) {
                index += digit * layout.strides[i];
            }
        }
        return index;
    }
}
