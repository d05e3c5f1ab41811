package org.workprivacy.rules.api.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;

/** Facts of a mailbox-retention situation that cannot all be true are refused, naming both; forced facts are filled in. */
class MailboxRetentionContradictionsTest {
    private static final SituationJson JSON = new SituationJson();

    private static InvalidSituationException refused(String facts) {
        try {
            JSON.read("{\"scenario\": \"mailbox-retention\", \"facts\": {" + facts + "}}");
        } catch (InvalidSituationException e) {
            return e;
        }
        throw new AssertionError("accepted: " + facts);
    }

    private static MailboxRetention read(String facts) {
        return (MailboxRetention) JSON.read("{\"scenario\": \"mailbox-retention\", \"facts\": {" + facts + "}}");
    }

    @Test
    void deletingContradictsAPurposeForKeeping() {
        InvalidSituationException e = refused("\"action\": \"delete\", \"keepPurpose\": \"legal-claim\"");
        assertThat(e.field()).isEqualTo("facts.action");
        assertThat(e.getMessage()).contains("delete contradicts facts.keepPurpose: legal-claim");
    }

    @Test
    void theEmployerActingContradictsAnInstructionOtherThanApproved() {
        InvalidSituationException e = refused("\"actor\": \"employer\", \"clientInstruction\": \"none\"");
        assertThat(e.field()).isEqualTo("facts.actor");
        assertThat(e.getMessage()).contains("employer contradicts facts.clientInstruction: none");
        assertThat(refused("\"actor\": \"employer\", \"clientInstruction\": \"objected\"").getMessage())
                .contains("facts.clientInstruction: objected");
    }

    @Test
    void noHoldContradictsAProviderThatKnewOfIt() {
        InvalidSituationException e = refused("\"legalHold\": false, \"providerKnewOfHold\": true");
        assertThat(e.field()).isEqualTo("facts.legalHold");
        assertThat(e.getMessage()).contains("false contradicts facts.providerKnewOfHold: true");
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThat(refused("\"termDays\": -1").field()).isEqualTo("facts.termDays");
        assertThat(refused("\"keepDays\": -30").field()).isEqualTo("facts.keepDays");
    }

    @Test
    void constructedDirectlyTheSameContradictionsAreRefused() {
        assertThatThrownBy(() -> new MailboxRetention(MailboxRetention.Action.DELETE, null, null, null, null,
                MailboxRetention.KeepPurpose.HANDOVER, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidSituationException.class)
                .hasMessageContaining("facts.keepPurpose: handover");
    }

    @Test
    void aFactLeftOutThatTheOthersForceIsFilledIn() {
        assertThat(read("\"action\": \"delete\"").keepPurpose()).isEqualTo(MailboxRetention.KeepPurpose.NONE);
        assertThat(read("\"actor\": \"employer\"").clientInstruction()).isEqualTo(MailboxRetention.ClientInstruction.APPROVED);
        assertThat(read("\"clientInstruction\": \"none\"").actor()).isEqualTo(MailboxRetention.Actor.PROVIDER);
        assertThat(read("\"legalHold\": false").providerKnewOfHold()).isFalse();
        assertThat(read("\"providerKnewOfHold\": true").legalHold()).isTrue();
        assertThat(read("\"keepDays\": 30").limitedPeriod()).isTrue();
    }

    @Test
    void consistentFactsAreAccepted() {
        MailboxRetention s = read("\"action\": \"delete\", \"actor\": \"provider\", \"clientInstruction\": \"none\","
                + " \"retentionTerm\": \"communicated-expired\", \"termDays\": 30, \"legalHold\": true,"
                + " \"providerKnewOfHold\": false, \"keepPurpose\": \"none\", \"pendingRequest\": \"none\"");
        assertThat(s.termDays()).isEqualTo(30);
        assertThat(read("\"limitedPeriod\": false, \"keepDays\": 30").limitedPeriod()).isFalse();
    }
}
