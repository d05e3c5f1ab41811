package org.workprivacy.rules.api.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.OutOfOffice.Action;
import org.workprivacy.rules.api.situation.OutOfOffice.Method;

/** Facts of an out-of-office situation that cannot all be true are refused, naming both facts. */
class OutOfOfficeContradictionsTest {

    private static OutOfOffice situation(Action action, Boolean workRelatedReason, Method method,
            Boolean serverSideAutoReplyPossible, Boolean compellingWorkGrounds, Boolean adminSearchPossible) {
        return new OutOfOffice(action, workRelatedReason, null, method, serverSideAutoReplyPossible, null, null,
                compellingWorkGrounds, adminSearchPossible, null, null, null);
    }

    @Test
    void aServerSideReplyThatIsNotPossibleIsAContradiction() {
        assertThatThrownBy(() -> situation(Action.ENABLE_AUTO_REPLY, null, Method.SERVER_SIDE_ADMIN, false, null, null))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.field()).isEqualTo("facts.method");
                    assertThat(e.getMessage()).contains("server-side-admin contradicts "
                            + "facts.serverSideAutoReplyPossible: false");
                });
    }

    @Test
    void anAdminSearchWithoutAnAdminSearchToolIsAContradiction() {
        assertThatThrownBy(() -> situation(Action.SEARCH_MAIL, null, Method.SERVER_SIDE_ADMIN, null, null, false))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.field()).isEqualTo("facts.method");
                    assertThat(e.getMessage()).contains("facts.adminSearchPossible: false");
                });
    }

    @Test
    void withoutAnActionServerSideIsAContradictionOnlyWhenNothingCanBeDoneServerSide() {
        assertThatThrownBy(() -> situation(null, null, Method.SERVER_SIDE_ADMIN, false, null, false))
                .isInstanceOf(InvalidSituationException.class);
        assertThatCode(() -> situation(null, null, Method.SERVER_SIDE_ADMIN, false, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> situation(null, null, Method.SERVER_SIDE_ADMIN, null, null, false)).doesNotThrowAnyException();
    }

    @Test
    void aPossibilityOfTheOtherActionContradictsNothing() {
        assertThatCode(() -> situation(Action.SEARCH_MAIL, null, Method.SERVER_SIDE_ADMIN, false, null, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> situation(Action.ENABLE_AUTO_REPLY, null, Method.SERVER_SIDE_ADMIN, true, null, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> situation(Action.ENABLE_AUTO_REPLY, null, Method.PASSWORD_RESET, false, null, false))
                .doesNotThrowAnyException();
    }

    @Test
    void compellingGroundsWithoutAWorkReasonIsLeftToTheRules() {
        // Not refused: without a work reason the search is denied whatever the grounds, so nothing is gained,
        // and a rule set that does not read compellingWorkGrounds must still accept workRelatedReason: false.
        assertThatCode(() -> situation(Action.SEARCH_MAIL, false, null, null, true, null)).doesNotThrowAnyException();
    }

    @Test
    void aFactNotStatedContradictsNothing() {
        assertThatCode(() -> situation(Action.ENABLE_AUTO_REPLY, null, null, false, true, false)).doesNotThrowAnyException();
        assertThatCode(() -> situation(Action.ENABLE_AUTO_REPLY, null, Method.SERVER_SIDE_ADMIN, null, null, null))
                .doesNotThrowAnyException();
    }

    @Test
    void theJsonReaderRefusesTheContradictionAndNamesBothFacts() {
        assertThatThrownBy(() -> new SituationJson().read("""
                {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "method": "server-side-admin",
                 "serverSideAutoReplyPossible": false}}"""))
                .isInstanceOf(InvalidSituationException.class)
                .hasMessageContaining("method")
                .hasMessageContaining("serverSideAutoReplyPossible");
    }
}
