package org.workprivacy.rules.api.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.HoldRecording.Phase;

/** Facts of hold-recording that cannot both be true are refused, never decided. */
class HoldRecordingContradictionsTest {
    private final SituationJson json = new SituationJson();

    @ParameterizedTest
    @CsvSource({
        "queue, true, true contradicts facts.phase: queue",
        "hold, true, true contradicts facts.phase: hold",
        "conversation, false, false contradicts facts.phase: conversation"})
    void aPhaseAndALineThatCannotGoTogetherAreRefusedNamingBothFacts(String phase, boolean lineStaysOpen, String message) {
        assertThatThrownBy(() -> json.read("{\"scenario\": \"hold-recording\", \"facts\": {\"phase\": \"" + phase
                + "\", \"lineStaysOpen\": " + lineStaysOpen + "}}"))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.field()).isEqualTo("facts.lineStaysOpen");
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @ParameterizedTest
    @CsvSource({"short-lookup-hold, true", "short-lookup-hold, false", "queue, false", "hold, false", "conversation, true"})
    void combinationsThatCanHappenAreAccepted(String phase, boolean lineStaysOpen) {
        assertThatCode(() -> json.read("{\"scenario\": \"hold-recording\", \"facts\": {\"phase\": \"" + phase
                + "\", \"lineStaysOpen\": " + lineStaysOpen + "}}")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"QUEUE", "HOLD", "CONVERSATION"})
    void aPhaseWithTheLineNotStatedIsFine(Phase phase) {
        assertThatCode(() -> new HoldRecording(phase, null, null, null, null, null, null, null, null, null, null, null,
                null)).doesNotThrowAnyException();
    }
}
