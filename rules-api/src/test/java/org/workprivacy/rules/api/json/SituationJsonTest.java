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
}
