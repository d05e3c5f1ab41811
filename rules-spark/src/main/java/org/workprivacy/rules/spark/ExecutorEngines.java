package org.workprivacy.rules.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.workprivacy.rules.api.DecisionEngine;

/**
 * The engines of this JVM (an executor's, or the driver's), one per rule set: compiling rules takes seconds,
 * so a rule set is built once per JVM and shared by all its tasks (engines are immutable and thread-safe),
 * never per row or per partition.
 */
final class ExecutorEngines {
    private static final Map<String, DecisionEngine> ENGINES = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private ExecutorEngines() {
    }

    /**
     * The engine for the rule set {@code key}, built by {@code build} if this JVM has none yet. Tasks asking
     * at the same time wait for the one build.
     */
    static DecisionEngine engine(String key, Supplier<DecisionEngine> build) {
        return ENGINES.computeIfAbsent(key, k -> {
            BUILDS.incrementAndGet();
            return build.get();
        });
    }

    /** How many rule sets this JVM has built (tests check that it is one per rule set). */
    static int builds() {
        return BUILDS.get();
    }
}
