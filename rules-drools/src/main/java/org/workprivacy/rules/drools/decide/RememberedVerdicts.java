package org.workprivacy.rules.drools.decide;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Verdicts already given, by situation and language. Situations are immutable values over finite facts and a
 * decision depends on nothing else, so a remembered verdict is exact; it belongs to one prepared rule set, so a
 * reload starts afresh and no verdict of another version is ever returned. A repeated situation (batch audits
 * and services see the same few situations again and again) then costs one hash lookup instead of a run of the
 * rules, and a situation with open facts one lookup instead of a partial evaluation. Bounded, keeping recent entries
 * without tracking recency per entry: verdicts go into a young generation; when it holds half the capacity it becomes
 * the old generation (the previous old one is dropped) and a new young one starts. A verdict found in the old
 * generation moves to the young one, so a situation that keeps coming back survives every turn. A lookup is one or two
 * hash probes and takes no lock (a verdict lost in a race at a turn is only decided again). Emptying everything when
 * full, as before, found 11.7 % of the generated batch lines remembered. The system property
 * {@code workprivacy.rememberedVerdicts} sets the capacity (0 turns remembering off, as the benchmarks do to
 * measure the rules themselves).
 */
final class RememberedVerdicts {
    static final int DEFAULT_CAPACITY = 16_384;
    private final int capacity;

    private record Key(Situation situation, Language language) {
    }

    private volatile ConcurrentMap<Key, Verdict> young;
    private volatile ConcurrentMap<Key, Verdict> old = new ConcurrentHashMap<>();

    RememberedVerdicts() {
        this(Integer.getInteger("workprivacy.rememberedVerdicts", DEFAULT_CAPACITY));
    }

    RememberedVerdicts(int capacity) {
        this.capacity = capacity;
        this.young = new ConcurrentHashMap<>(Math.max(16, capacity / 2));
    }

    Verdict get(Situation situation, Language language, Supplier<Verdict> decide) {
        if (capacity <= 0) {
            return decide.get();
        }
        Key key = new Key(situation, language);
        ConcurrentMap<Key, Verdict> current = young;
        Verdict known = current.get(key);
        if (known != null) {
            return known;
        }
        known = old.get(key);
        Verdict verdict = known != null ? known : decide.get();
        remember(current, key, verdict);
        return verdict;
    }

    private void remember(ConcurrentMap<Key, Verdict> current, Key key, Verdict verdict) {
        if (current.size() >= Math.max(1, capacity / 2)) {
            synchronized (this) { // only when a generation turns, once per capacity / 2 new verdicts
                if (young == current) {
                    old = current;
                    young = new ConcurrentHashMap<>(Math.max(16, capacity / 2)); // sized once: no resizing while filling
                }
            }
            current = young;
        }
        current.put(key, verdict);
    }

    /** How many verdicts are remembered now, both generations (for tests). */
    int size() {
        return young.size() + old.size();
    }
}
