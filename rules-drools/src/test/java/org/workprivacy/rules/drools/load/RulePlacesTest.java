package org.workprivacy.rules.drools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulePlacesTest {
    @Test
    void theBuildStoredThePlacesOfTheBundledRulesAsParsingGivesThem() {
        RuleSetFiles bundled = RuleSetFiles.fromClasspath();

        assertThat(RulePlaces.stored(bundled.version())).isPresent();
        assertThat(RulePlaces.stored(bundled.version()).orElseThrow().all())
                .isNotEmpty()
                .isEqualTo(RulePlaces.from(ParsedRuleFiles.of(bundled)).all());
    }

    @Test
    void editedRulesAreNeverLocatedByThePlacesStoredForTheOriginals() {
        RuleSetFiles bundled = RuleSetFiles.fromClasspath();
        List<RuleFile> edited = new ArrayList<>();
        for (RuleFile file : bundled.files()) {
            // A blank line at the top moves every rule of the file down by one.
            edited.add(file.hasExtension("dslr") ? new RuleFile(file.path(), "\n" + file.content()) : file);
        }
        RuleSetFiles moved = new RuleSetFiles("edited", edited);

        assertThat(RulePlaces.stored(moved.version())).isEmpty();
        RulePlaces.Place before = RulePlaces.of(bundled).all().stream()
                .filter(p -> p.file().endsWith(".dslr")).findFirst().orElseThrow();
        assertThat(RulePlaces.of(moved).first(before.name()).orElseThrow().line()).isEqualTo(before.line() + 1);
    }
}
