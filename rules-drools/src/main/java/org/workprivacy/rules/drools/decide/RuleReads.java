package org.workprivacy.rules.drools.decide;

import java.util.Optional;
import java.util.Set;
import org.workprivacy.rules.drools.load.RulePlaces;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Which words each rule's text uses, and which situation type it matches, read from the rule files as Drools
 * parses them (decision-language files expanded first; {@link RulePlaces}). A rule can only read facts whose
 * names its text uses, so its firing depends on those facts alone: partial evaluation tries each rule over
 * just the open facts it reads. A rule that cannot be found here is taken to read every fact, which is
 * always safe.
 */
final class RuleReads {
    /** What one rule's text uses: its words, and the object type of its first pattern (empty if unknown). */
    record Read(Set<String> words, Optional<String> objectType) {
    }

    private final RulePlaces places;

    RuleReads(RuleSetFiles files) {
        this.places = RulePlaces.of(files);
    }

    /** What rule {@code name} of package {@code packageName} uses, if its text was found. */
    Optional<Read> of(String packageName, String name) {
        // An unreadable text means "reads everything" for that rule: never a wrong answer, only less pruning.
        return places.of(packageName, name).filter(RulePlaces.Place::textKnown)
                .map(place -> new Read(place.words(), Optional.of(place.objectType()).filter(t -> !t.isEmpty())));
    }
}
