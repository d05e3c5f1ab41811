package org.workprivacy.rules.drools.lint;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.workprivacy.rules.api.situation.Scenario;

/**
 * The only types a rule file may name: the situation records and the enums nested in them, taken from
 * {@link Scenario} so that a new scenario is allowed without touching the sandbox.
 */
final class SituationVocabulary {
    /** Fully qualified names a rule file may import (nested enums with a dot, as Drools writes them). */
    static final Set<String> IMPORTS = types().map(Class::getCanonicalName).collect(Collectors.toUnmodifiableSet());
    /** Simple names a condition may use as a pattern type or in front of a value ({@code Action.SEARCH_MAIL}). */
    static final Set<String> SIMPLE_NAMES = types().map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());
    /** The situation types' simple names: the only types a pattern may match. */
    static final Set<String> SITUATION_TYPES = Arrays.stream(Scenario.values()).map(s -> s.situationType().getSimpleName())
            .collect(Collectors.toUnmodifiableSet());
    /** The situation types by simple name, for messages. */
    static final String SITUATIONS = Arrays.stream(Scenario.values()).map(s -> s.situationType().getSimpleName())
            .collect(Collectors.joining(", "));
    /** The one global a rule file may declare: the verdict collector, named {@code verdict}. */
    static final String VERDICT_COLLECTOR = "org.workprivacy.rules.drools.decide.VerdictCollector";
    static final String VERDICT_GLOBAL = "verdict";

    private SituationVocabulary() {
    }

    private static Stream<Class<?>> types() {
        return Arrays.stream(Scenario.values()).map(Scenario::situationType).flatMap(type -> Stream.concat(
                Stream.of(type), Arrays.stream(type.getDeclaredClasses()).filter(Class::isEnum)));
    }
}
