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
 * rules, and a situation with open facts one lookup instead of a partial evaluation. Bounded: when full, it is
 * emptied rather than tracking recency, which keeps a lookup to one hash probe. The system property
 * {@code workprivacy.rememberedVerdicts} sets the capacity (0 turns remembering off, as the benchmarks do to
 * measure the rules themselves).
 */
final class RememberedVerdicts {
    static final int DEFAULT_CAPACITY = 16_384;
    private final int capacity = Integer.getInteger("workprivacy.rememberedVerdicts", DEFAULT_CAPACITY);

    private record Key(Situation situation, Language language) {
    }

    private final ConcurrentMap<Key, Verdict> verdicts = new ConcurrentHashMap<>();

    Verdict get(Situation situation, Language language, Supplier<Verdict> decide) {
        if (capacity <= 0) {
            return decide.get();
        }
        Key key = new Key(situation, language);
        Verdict known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        Verdict verdict = decide.get();
        if (verdicts.size() >= capacity) {
            verdicts.clear();
        }
        verdicts.put(key, verdict);
        return verdict;
    }
}
