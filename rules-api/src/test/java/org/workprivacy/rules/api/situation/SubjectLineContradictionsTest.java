package org.workprivacy.rules.api.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.SubjectLine.Action;

/** Facts of a subject-line situation that cannot all be true are refused, naming both facts. */
class SubjectLineContradictionsTest {

    private static SubjectLine situation(Action action, Boolean onlyFaultRelatedMessages, Boolean itemCausesFault,
            Boolean itemPrivate) {
        return new SubjectLine(action, true, false, onlyFaultRelatedMessages, itemCausesFault, itemPrivate, false,
                null, null);
    }

    @Test
    void openingOnlyFaultMessagesContradictsOpeningAnItemUnrelatedToTheFault() {
        assertThatThrownBy(() -> situation(Action.OPEN_CONTENT, true, false, true))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.field()).isEqualTo("facts.itemCausesFault");
                    assertThat(e.getMessage()).contains("false contradicts facts.onlyFaultRelatedMessages: true");
                });
    }

    @Test
    void aPrivateMessageCanItselfBeTheFaultyOne() {
        assertThatCode(() -> situation(Action.OPEN_CONTENT, true, true, true)).doesNotThrowAnyException();
        assertThatCode(() -> situation(Action.OPEN_CONTENT, true, null, true)).doesNotThrowAnyException();
    }

    @Test
    void openingMoreThanTheFaultMessagesIsNoContradictionButADenial() {
        assertThatCode(() -> situation(Action.OPEN_CONTENT, false, false, true)).doesNotThrowAnyException();
    }

    @Test
    void forActionsOnAnItemTheMessagesToOpenDoNotMatter() {
        assertThatCode(() -> situation(Action.REMARK_TO_EMPLOYEE, true, false, true)).doesNotThrowAnyException();
        assertThatCode(() -> situation(null, true, false, true)).doesNotThrowAnyException();
    }

    @Test
    void theJsonReaderRefusesTheContradictionAndNamesBothFacts() {
        assertThatThrownBy(() -> new SituationJson().read("""
                {"scenario": "subject-line", "facts": {"action": "open-content", "onlyFaultRelatedMessages": true,
                 "itemCausesFault": false, "itemPrivate": true}}"""))
                .isInstanceOf(InvalidSituationException.class)
                .hasMessageContaining("itemCausesFault")
                .hasMessageContaining("onlyFaultRelatedMessages");
    }
}
