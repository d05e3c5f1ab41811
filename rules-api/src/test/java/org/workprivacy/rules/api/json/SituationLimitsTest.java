package org.workprivacy.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.OutOfOffice;

/** Oversized or deeply nested input is refused with a plain error, before it costs memory or stack. */
class SituationLimitsTest {
    private final SituationJson json = new SituationJson();

    private void assertRefused(String input, String message) {
        assertThatThrownBy(() -> json.read(input))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.field()).isEmpty();
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void aDocumentOverOneMebibyteIsRefusedUnread() {
        String padding = " ".repeat(SituationLimits.DEFAULT.maxDocumentChars());
        assertRefused("{\"scenario\": \"out-of-office\", \"facts\": {}}" + padding,
                "characters long; a situation may have at most 1048576");
    }

    @Test
    void aHundredMegabyteLineIsRefusedWithoutParsingIt() {
        String line = "{\"scenario\": \"out-of-office\", \"id\": \"" + "x".repeat(100_000_000) + "\", \"facts\": {}}";
        assertRefused(line, "characters long; a situation may have at most");
    }

    @Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "{\"scenario\": \"out-of-office\", \"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + ", \"facts\": {}}";
        assertRefused(deep.substring(0, Math.min(deep.length(), 1 << 20)), "nested more than 32 levels deep");
        assertRefused("{\"id\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(40) + "}", "nested more than 32 levels deep");
    }

    @Test
    void aLongTextIsRefused() {
        assertRefused("{\"scenario\": \"out-of-office\", \"id\": \"" + "x".repeat(70_000) + "\", \"facts\": {}}",
                "a text or field name is longer than 65536 characters");
    }

    @Test
    void aLongFieldNameIsRefused() {
        assertRefused("{\"" + "x".repeat(70_000) + "\": 1}", "a text or field name is longer than 65536 characters");
    }

    @Test
    void tighterLimitsCanBeChosen() {
        SituationJson strict = new SituationJson(new SituationLimits(200, 4, 20));
        assertThatThrownBy(() -> strict.read("{\"scenario\": \"out-of-office\", \"id\": \"" + "x".repeat(30) + "\", \"facts\": {}}"))
                .isInstanceOf(InvalidSituationException.class).hasMessageContaining("longer than 20 characters");
        assertThat(strict.read("{\"scenario\": \"out-of-office\", \"facts\": {\"mailOpened\": true}}"))
                .isEqualTo(new OutOfOffice(null, null, null, null, null, true, null));
    }

    @Test
    void limitsMustLeaveRoomForASituation() {
        assertThatThrownBy(() -> new SituationLimits(100, 1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
