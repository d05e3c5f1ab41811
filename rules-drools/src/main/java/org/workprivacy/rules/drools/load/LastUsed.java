package org.workprivacy.rules.drools.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small cache of the last results of a pure function of rule-file texts, so that a rebuild after one edit
 * redoes only the work for what changed. Keys must be values (texts, records of texts); results must be
 * immutable or only ever read. Safe to share between threads; a value may be computed twice by two threads
 * at once, which is harmless for a pure function.
 */
public final class LastUsed<K, V> {
    private final Map<K, V> recent;

    public LastUsed(int kept) {
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        };
    }

    /** The remembered result for {@code key}, or {@code compute}'s, remembered (computed outside the lock). */
    public V get(K key, Function<K, V> compute) {
        synchronized (recent) {
            V known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.apply(key);
        synchronized (recent) {
            recent.put(key, computed);
        }
        return computed;
    }
}
