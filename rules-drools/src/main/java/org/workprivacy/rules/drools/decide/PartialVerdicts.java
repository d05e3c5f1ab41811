package org.workprivacy.rules.drools.decide;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Verdicts of situations with open facts, each of which costs one decision per completion. Situations are
 * immutable values over finite facts, so a remembered verdict is exact; it belongs to one prepared rule set,
 * so a reload starts afresh and no verdict of another version is ever returned. Bounded: when full, it is
 * emptied rather than tracking recency, which keeps a lookup to one hash probe.
 */
final class PartialVerdicts {
    static final int CAPACITY = 4_096;

    private record Key(Situation situation, Language language) {
    }

    private final ConcurrentMap<Key, Verdict> verdicts = new ConcurrentHashMap<>();

    Verdict get(Situation situation, Language language, Supplier<Verdict> decide) {
        Key key = new Key(situation, language);
        Verdict known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        Verdict verdict = decide.get();
        if (verdicts.size() >= CAPACITY) {
            verdicts.clear();
        }
        verdicts.put(key, verdict);
        return verdict;
    }
}
