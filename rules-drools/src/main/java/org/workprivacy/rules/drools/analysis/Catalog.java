package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.workprivacy.rules.api.verdict.Outcome;

/**
 * The reasons and conditions of a scenario's complete results numbered as bits, so that the verdict of a
 * situation with unstated facts is folded from its completions with a few bitwise operations per
 * completion (see {@link StateTable}). Reasons are folded per rule and code, as the engine merges them;
 * reason codes and condition codes are numbered once for all catalogs compared ({@code --against}).
 */
final class Catalog {
    static final String MISSING_FACTS = "missing-facts";

    final CompleteTable table;
    final int reasonWords;
    final int conditionWords;
    private final List<String> reasonKeys = new ArrayList<>();
    private final int[] keyCode;
    private final List<String> reasonCodes;
    private final List<String> conditionCodes;
    /** Per result: reason key bits and condition bits. */
    final long[][] reasons;
    final long[][] conditions;
    final boolean[] allowed;

    Catalog(CompleteTable table, List<String> reasonCodes, List<String> conditionCodes) {
        this.table = table;
        this.reasonCodes = reasonCodes;
        this.conditionCodes = conditionCodes;
        Map<String, Integer> keyIndex = new HashMap<>();
        for (CompleteTable.Result result : table.results) {
            for (String key : result.reasonKeys()) {
                keyIndex.computeIfAbsent(key, k -> {
                    reasonKeys.add(k);
                    return reasonKeys.size() - 1;
                });
            }
        }
        this.keyCode = reasonKeys.stream().mapToInt(k -> reasonCodes.indexOf(code(k))).toArray();
        this.reasonWords = Math.max(1, (reasonKeys.size() + 63) / 64);
        this.conditionWords = Math.max(1, (conditionCodes.size() + 63) / 64);
        int n = table.results.size();
        this.reasons = new long[n][];
        this.conditions = new long[n][];
        this.allowed = new boolean[n];
        for (int r = 0; r < n; r++) {
            CompleteTable.Result result = table.results.get(r);
            allowed[r] = result.outcome() == Outcome.ALLOWED;
            reasons[r] = new long[reasonWords];
            for (String key : result.reasonKeys()) {
                set(reasons[r], keyIndex.get(key));
            }
            conditions[r] = new long[conditionWords];
            for (String code : result.conditions()) {
                set(conditions[r], conditionCodes.indexOf(code));
            }
        }
    }

    private static String code(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }

    /** Reason codes (plus missing-facts) and condition codes of every table, each numbered once. */
    static List<List<String>> codes(List<CompleteTable> tables) {
        Set<String> reasons = new TreeSet<>(Set.of(MISSING_FACTS));
        Set<String> conditions = new TreeSet<>();
        tables.forEach(t -> t.results.forEach(r -> {
            reasons.addAll(r.reasonCodes());
            conditions.addAll(r.conditions());
        }));
        return List.of(List.copyOf(reasons), List.copyOf(conditions));
    }

    static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << (index & 63);
    }

    static boolean has(long[] bits, int offset, int index) {
        return index >= 0 && (bits[offset + (index >>> 6)] & (1L << (index & 63))) != 0;
    }

    int reasonCodeIndex(String code) {
        return reasonCodes.indexOf(code);
    }

    int conditionIndex(String code) {
        return conditionCodes.indexOf(code);
    }

    int reasonCodeCount() {
        return reasonCodes.size();
    }

    /** How many 64-bit words a set of reason codes takes (at least one). */
    int reasonCodeWords() {
        return Math.max(1, (reasonCodeCount() + 63) / 64);
    }

    /** The code numbers of the reason keys set in {@code bits}, as bits of the shared code numbering. */
    long[] codeBits(long[] bits, int offset, long[] into) {
        java.util.Arrays.fill(into, 0);
        for (int w = 0; w < reasonWords; w++) {
            long word = bits[offset + w];
            while (word != 0) {
                int i = w * 64 + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                set(into, keyCode[i]);
            }
        }
        return into;
    }

    Set<String> reasonCodes(long[] codeBits) {
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < reasonCodes.size(); i++) {
            if (has(codeBits, 0, i)) {
                codes.add(reasonCodes.get(i));
            }
        }
        return Collections.unmodifiableSet(codes);
    }

    Set<String> conditionCodes(long[] bits, int offset) {
        Set<String> codes = new TreeSet<>();
        for (int i = 0; i < conditionCodes.size(); i++) {
            if (has(bits, offset, i)) {
                codes.add(conditionCodes.get(i));
            }
        }
        return Collections.unmodifiableSet(codes);
    }

    List<String> conditionCodeList() {
        return conditionCodes;
    }
}
