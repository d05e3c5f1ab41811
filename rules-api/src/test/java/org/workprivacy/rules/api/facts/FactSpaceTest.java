package org.workprivacy.rules.api.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;

class FactSpaceTest {
    @Test
    void everyScenarioHasItsRecordsComponentsAsFacts() {
        for (Scenario scenario : Scenario.values()) {
            FactSpace space = FactSpace.of(scenario);
            assertThat(space.facts()).extracting(Fact::name).containsExactlyElementsOf(
                    Arrays.stream(scenario.situationType().getRecordComponents()).map(c -> c.getName()).toList());
        }
    }

    @Test
    void readsAndBuildsSituations() {
        FactSpace space = FactSpace.of(Scenario.OUT_OF_OFFICE);
        Object[] values = new Object[space.facts().size()];
        values[space.fact("action").orElseThrow().index()] = OutOfOffice.Action.SEARCH_MAIL;
        Situation situation = space.situation(values);
        assertThat(((OutOfOffice) situation).action()).isEqualTo(OutOfOffice.Action.SEARCH_MAIL);
        assertThat(space.values(situation)).containsExactly(values);
    }

    @Test
    void yesNoAndEnumFactsListEveryValue() {
        FactSpace space = FactSpace.of(Scenario.OUT_OF_OFFICE);
        assertThat(space.fact("workRelatedReason").orElseThrow().values()).containsExactly(true, false);
        assertThat(space.fact("action").orElseThrow().values()).containsExactly((Object[]) OutOfOffice.Action.values());
    }

    @Test
    void numbersAreTriedAtZeroEachThresholdEitherSideOfItAndALargeValue() {
        assertThat(FactSpace.numberValues(List.of(30, 1))).containsExactly(0, 1, 2, 29, 30, 31, FactSpace.LARGE_NUMBER);
        assertThat(FactSpace.numberValues(List.of())).containsExactly(0, FactSpace.LARGE_NUMBER);
    }
}
