package org.workprivacy.rules.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.Scenario;

class SituationJsonTest {
    private final SituationJson json = new SituationJson();

    private void assertInvalid(String input, String field, String messagePart) {
        assertThatThrownBy(() -> json.read(input))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    @Test
    void readsFactsIntoTheScenarioRecord() {
        var situation = json.read("""
                {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "workRelatedReason": true,
                 "method": "server-side-admin", "mailOpened": null}}""");
        assertThat(situation).isEqualTo(new OutOfOffice(OutOfOffice.Action.ENABLE_AUTO_REPLY, true, null,
                OutOfOffice.Method.SERVER_SIDE_ADMIN, null, null, null));
        assertThat(situation.scenario()).isEqualTo(Scenario.OUT_OF_OFFICE);
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() {
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {", "", "malformed JSON at line 1");
    }

    @Test
    void anUnknownScenarioNamesTheKnownOnes() {
        assertInvalid("{\"scenario\": \"coffee-break\", \"facts\": {}}", "scenario", "known: [");
    }

    @Test
    void aMissingScenarioOrFactsIsNamed() {
        assertInvalid("{\"facts\": {}}", "scenario", "missing");
        assertInvalid("{\"scenario\": \"out-of-office\"}", "facts", "missing");
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": []}", "facts", "must be a JSON object");
        assertInvalid("[]", "", "expected a JSON object");
    }

    @Test
    void anUnknownFactIsAnErrorNotIgnored() {
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {\"workRelated\": true}}",
                "facts.workRelated", "unknown fact");
    }

    @Test
    void aStringIsNotABoolean() {
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {\"workRelatedReason\": \"true\"}}",
                "facts.workRelatedReason", "expected true or false");
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {\"workRelatedReason\": 1}}",
                "facts.workRelatedReason", "expected true or false");
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}}",
                "facts.method", "expected one of server-side-admin, password-reset");
    }

    @Test
    void anUnknownTopLevelFieldIsRejected() {
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {}, \"fact\": {}}", "fact", "unknown field");
    }

    @Test
    void trailingContentIsRejected() {
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {}} {}", "", "malformed JSON");
    }

    @Test
    void anEnumValueWithSpacesAroundItIsRefusedNotTrimmed() {
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"password-reset \"}}",
                "facts.method", "invalid value \"password-reset \"; expected one of server-side-admin, password-reset");
        assertInvalid("{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"\\tpassword-reset\"}}",
                "facts.method", "invalid value");
    }

    @Test
    void aByteOrderMarkIsDroppedFromTextAndBytes() {
        String situation = "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"password-reset\"}}";
        byte[] utf8 = situation.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);
        assertThat(json.read(withMark)).isEqualTo(json.read(situation));
        assertThat(json.read("\uFEFF" + situation)).isEqualTo(json.read(situation));
    }

    @Test
    void invalidUtf8IsRefusedWithTheBytesPlace() {
        byte[] bytes = "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"x\"}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes[51] = (byte) 0xFF; // the x, the 52nd byte
        assertThatThrownBy(() -> json.read(bytes)).isInstanceOf(InvalidSituationException.class)
                .hasMessage("not valid UTF-8 at byte 52");
    }

    @Test
    void tooManyBytesAreRefusedUnread() {
        byte[] bytes = new byte[(1 << 20) + 1];
        assertThatThrownBy(() -> json.read(bytes)).isInstanceOf(InvalidSituationException.class)
                .hasMessageContaining("the input is 1048577 bytes long; a situation may have at most 1048576");
    }
}
