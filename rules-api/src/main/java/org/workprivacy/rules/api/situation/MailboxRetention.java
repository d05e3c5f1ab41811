package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.workprivacy.rules.api.facts.Question;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Mailbox retention (seed 003): may the IT provider (processor) or the employer (controller) do the
 * chosen action with the mailbox of an employee who has left? A {@code null} component means the caller
 * did not state that fact. Facts that cannot all be true together are refused here (an
 * {@link InvalidSituationException} naming both), so they never reach a verdict; a fact left out that the
 * stated facts allow only one value for is filled in with that value (for example {@code keepPurpose: none}
 * for a deletion, {@code clientInstruction: approved} when the employer acts itself).
 *
 * @param action             what the caller wants to do with the departed employee's mailbox
 * @param clientInstruction  what the client (the employer, who is the controller) has instructed about this
 *                           action for this mailbox; when the employer itself acts, its own decision is the
 *                           instruction, so only {@code approved} fits {@code actor: employer}
 * @param retentionTerm      whether the client was told in advance (for example in the service agreement or
 *                           the offboarding procedure) of a fixed term after which mailboxes of departed
 *                           employees are deleted, such as 30 days after the account is closed, and whether
 *                           that term has run out; a client who was told but has forgotten still counts as told
 * @param reminderSent       whether the client's contact person was reminded shortly before the deletion
 *                           (for example a few days ahead) that the mailbox is about to be deleted
 * @param legalHold          whether a legal dispute, claim or preservation request to which this mail may be
 *                           relevant exists and is known to the employer (or was reported to the provider)
 * @param keepPurpose        the specific purpose for which the mailbox or its content is kept, converted or
 *                           exported instead of being deleted; nothing is kept when it is deleted, so with
 *                           {@code action: delete} only {@code none} fits
 * @param limitedPeriod      whether keeping is limited to a period fixed in advance and tied to the purpose
 *                           (for a handover at most three months, for business records the statutory seven
 *                           years), after which it is deleted; a dispute's period is by nature "until it is
 *                           settled", so this is not looked at for a legal claim
 * @param employeeInformed   whether the former employee was told what happens to the mailbox and had the chance
 *                           to remove or take out private mail before colleagues got access (decisive when
 *                           colleagues get the mail: a shared mailbox, or an export for the handover)
 * @param actor              who acts and asks: the IT provider as processor, or the employer as controller
 * @param providerKnewOfHold whether the provider knew of the dispute or preservation request before it acted:
 *                           the client reported it, or the provider learned of it otherwise (only meaningful
 *                           when {@code legalHold} is true)
 * @param termDays           the length in days of the provider's standard term after which a departed
 *                           employee's mailbox is deleted (whether or not it was communicated)
 * @param keepDays           the length in days of the fixed period for which the mailbox or its export is kept,
 *                           counted from the departure; stating it implies {@code limitedPeriod} true when that is
 *                           not stated, and it is not looked at when {@code limitedPeriod} is false
 * @param pendingRequest     a request from the former employee about her personal data that is still unanswered
 *                           and known to whoever acts
 */
@JsonClassDescription("May the IT provider or the employer do the given action with the mailbox of an employee "
        + "who has left?")
public record MailboxRetention(
        @JsonPropertyDescription("What the caller wants to do with the departed employee's mailbox.")
        @Question
        Action action,
        @JsonPropertyDescription("What the client (the employer, the controller) instructed about this action for this "
                + "mailbox; when the employer acts itself, its own decision is the instruction (approved).")
        ClientInstruction clientInstruction,
        @JsonPropertyDescription("Whether the client was told in advance of a fixed term after which mailboxes of "
                + "departed employees are deleted, and whether it has run out.")
        RetentionTerm retentionTerm,
        @JsonPropertyDescription("The client's contact person was reminded shortly before the deletion that the mailbox "
                + "is about to be deleted.")
        Boolean reminderSent,
        @JsonPropertyDescription("A legal dispute, claim or preservation request to which this mail may be relevant "
                + "exists and is known to the employer (or was reported to the provider).")
        Boolean legalHold,
        @JsonPropertyDescription("The specific purpose for which the mailbox or its content is kept, converted or "
                + "exported instead of deleted (none when it is deleted).")
        KeepPurpose keepPurpose,
        @JsonPropertyDescription("Keeping is limited to a period fixed in advance and tied to the purpose, after which "
                + "the mail is deleted (not looked at for a legal claim, which lasts until the dispute is settled).")
        Boolean limitedPeriod,
        @JsonPropertyDescription("The former employee was told what happens to the mailbox and could remove or take out "
                + "private mail before colleagues got access.")
        Boolean employeeInformed,
        @JsonPropertyDescription("Who acts and asks: the IT provider as processor, or the employer as controller.")
        Actor actor,
        @JsonPropertyDescription("The provider knew of the dispute or preservation request before it acted (the client "
                + "reported it, or the provider learned of it otherwise).")
        Boolean providerKnewOfHold,
        @JsonPropertyDescription("The length in days of the provider's standard term after which a departed employee's "
                + "mailbox is deleted.")
        Integer termDays,
        @JsonPropertyDescription("The length in days of the fixed period for which the mailbox or its export is kept, "
                + "counted from the departure.")
        Integer keepDays,
        @JsonPropertyDescription("A request from the former employee about her personal data that is still unanswered "
                + "and known to whoever acts.")
        PendingRequest pendingRequest) implements Situation {

    /** The canonical constructor: refuses facts that contradict each other ({@link InvalidSituationException}). */
    public MailboxRetention {
        nonNegative("termDays", termDays);
        nonNegative("keepDays", keepDays);
        if (actor == Actor.EMPLOYER && clientInstruction != null && clientInstruction != ClientInstruction.APPROVED) {
            throw contradiction("actor", "employer", "clientInstruction", json(clientInstruction),
                    "the employer is the controller: when it acts itself, its own decision is the instruction, "
                            + "so clientInstruction can only be approved");
        }
        if (action == Action.DELETE && keepPurpose != null && keepPurpose != KeepPurpose.NONE) {
            throw contradiction("action", "delete", "keepPurpose", json(keepPurpose),
                    "nothing is kept when the mailbox is deleted; a known dispute is stated with legalHold");
        }
        if (legalHold == Boolean.FALSE && providerKnewOfHold == Boolean.TRUE) {
            throw contradiction("legalHold", "false", "providerKnewOfHold", "true",
                    "the provider cannot have known of a dispute or preservation request that does not exist");
        }
        // A fact that the stated facts leave only one value for is filled in, so it is never asked for or enumerated.
        if (action == Action.DELETE && keepPurpose == null) {
            keepPurpose = KeepPurpose.NONE;
        }
        if (actor == Actor.EMPLOYER && clientInstruction == null) {
            clientInstruction = ClientInstruction.APPROVED;
        }
        if (actor == null && clientInstruction != null && clientInstruction != ClientInstruction.APPROVED) {
            actor = Actor.PROVIDER;
        }
        if (legalHold == Boolean.FALSE && providerKnewOfHold == null) {
            providerKnewOfHold = false;
        }
        if (providerKnewOfHold == Boolean.TRUE && legalHold == null) {
            legalHold = true;
        }
        if (keepDays != null && limitedPeriod == null) {
            // A keep period of a given number of days is a period fixed in advance. (Not a contradiction the
            // other way round: with no fixed end, every number of days the engine tries would contradict it.)
            limitedPeriod = true;
        }
    }

    private static void nonNegative(String fact, Integer days) {
        if (days != null && days < 0) {
            throw new InvalidSituationException("facts." + fact, days + " is negative; give a number of days, 0 or more");
        }
    }

    private static InvalidSituationException contradiction(String factA, String valueA, String factB, String valueB,
            String why) {
        return new InvalidSituationException("facts." + factA,
                valueA + " contradicts facts." + factB + ": " + valueB + " (" + why + ")");
    }

    private static String json(Enum<?> value) {
        try {
            JsonProperty name = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return name != null ? name.value() : value.name();
        } catch (NoSuchFieldException e) {
            return value.name();
        }
    }

    /** What the caller wants to do with the departed employee's mailbox. */
    public enum Action {
        /** Delete the mailbox and its content for good (at the end of the retention term or on instruction). */
        @JsonProperty("delete") DELETE,
        /** Keep the account and mailbox as they are: the address keeps receiving mail and the content stays. */
        @JsonProperty("keep-active") KEEP_ACTIVE,
        /** Turn it into a shared mailbox (or add it to a colleague's account) so colleagues can read and answer its mail. */
        @JsonProperty("convert-to-shared") CONVERT_TO_SHARED,
        /** Export the content to a static archive or the client's files (or put it on hold as a closed, read-only copy). */
        @JsonProperty("export-to-archive") EXPORT_TO_ARCHIVE
    }

    /** What the client (the employer, the controller) has said about this action for this mailbox. */
    public enum ClientInstruction {
        /** The client instructed or approved this action for this mailbox (or the employer decided it itself). */
        @JsonProperty("approved") APPROVED,
        /** The client gave no instruction for this mailbox, for example because it did not answer the provider's question. */
        @JsonProperty("none") NONE,
        /** The client said this must not be done, for example that the mailbox must be kept. */
        @JsonProperty("objected") OBJECTED
    }

    /** Whether a fixed retention term was communicated to the client in advance, and whether it has run out. */
    public enum RetentionTerm {
        /** No fixed term was communicated to the client in advance. */
        @JsonProperty("not-communicated") NOT_COMMUNICATED,
        /** A fixed term was communicated in advance and has not yet run out. */
        @JsonProperty("communicated-running") COMMUNICATED_RUNNING,
        /** A fixed term was communicated in advance and has run out. */
        @JsonProperty("communicated-expired") COMMUNICATED_EXPIRED
    }

    /** Why the mailbox or its content would be kept rather than deleted. */
    public enum KeepPurpose {
        /** No specific purpose: "just in case", habit, saving a licence, nobody decided (or nothing is kept). */
        @JsonProperty("none") NONE,
        /** Handing over current work: answering customers and finishing matters the employee was handling. */
        @JsonProperty("handover") HANDOVER,
        /** Keeping mail that forms part of the business records (agreements, commitments, invoices) the employer must keep by law. */
        @JsonProperty("business-records") BUSINESS_RECORDS,
        /** Preserving evidence for a dispute, claim or preservation request; lawful only when one is known ({@code legalHold}). */
        @JsonProperty("legal-claim") LEGAL_CLAIM
    }

    /** Who acts on the mailbox and asks the question. */
    public enum Actor {
        /** The IT provider that hosts the mailbox for the employer: a processor acting on the client's instructions. */
        @JsonProperty("provider") PROVIDER,
        /** The employer itself (its own IT staff or management): the controller. */
        @JsonProperty("employer") EMPLOYER
    }

    /** An unanswered request from the former employee about her personal data in the mailbox. */
    public enum PendingRequest {
        /** No such request is pending. */
        @JsonProperty("none") NONE,
        /** She asked for access to (a copy of) her personal data (GDPR art. 15), possibly together with other requests. */
        @JsonProperty("access") ACCESS,
        /** She asked for her personal data to be erased (GDPR art. 17), and no access request is pending. */
        @JsonProperty("erasure") ERASURE
    }

    /** A builder that names each fact; every fact it is not given stays not stated ({@code null}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link MailboxRetention} fact by fact, by name rather than position. A fact that is not set is not
     * stated ({@code null}). {@link #build()} checks the facts as the canonical constructor does.
     */
    public static final class Builder {
        private Action action;
        private ClientInstruction clientInstruction;
        private RetentionTerm retentionTerm;
        private Boolean reminderSent;
        private Boolean legalHold;
        private KeepPurpose keepPurpose;
        private Boolean limitedPeriod;
        private Boolean employeeInformed;
        private Actor actor;
        private Boolean providerKnewOfHold;
        private Integer termDays;
        private Integer keepDays;
        private PendingRequest pendingRequest;

        private Builder() {
        }

        /** States {@link MailboxRetention#action() action}; {@code null} leaves it not stated. */
        public Builder action(Action action) {
            this.action = action;
            return this;
        }

        /** States {@link MailboxRetention#clientInstruction() clientInstruction}; {@code null} leaves it not stated. */
        public Builder clientInstruction(ClientInstruction clientInstruction) {
            this.clientInstruction = clientInstruction;
            return this;
        }

        /** States {@link MailboxRetention#retentionTerm() retentionTerm}; {@code null} leaves it not stated. */
        public Builder retentionTerm(RetentionTerm retentionTerm) {
            this.retentionTerm = retentionTerm;
            return this;
        }

        /** States {@link MailboxRetention#reminderSent() reminderSent}; {@code null} leaves it not stated. */
        public Builder reminderSent(Boolean reminderSent) {
            this.reminderSent = reminderSent;
            return this;
        }

        /** States {@link MailboxRetention#legalHold() legalHold}; {@code null} leaves it not stated. */
        public Builder legalHold(Boolean legalHold) {
            this.legalHold = legalHold;
            return this;
        }

        /** States {@link MailboxRetention#keepPurpose() keepPurpose}; {@code null} leaves it not stated. */
        public Builder keepPurpose(KeepPurpose keepPurpose) {
            this.keepPurpose = keepPurpose;
            return this;
        }

        /** States {@link MailboxRetention#limitedPeriod() limitedPeriod}; {@code null} leaves it not stated. */
        public Builder limitedPeriod(Boolean limitedPeriod) {
            this.limitedPeriod = limitedPeriod;
            return this;
        }

        /** States {@link MailboxRetention#employeeInformed() employeeInformed}; {@code null} leaves it not stated. */
        public Builder employeeInformed(Boolean employeeInformed) {
            this.employeeInformed = employeeInformed;
            return this;
        }

        /** States {@link MailboxRetention#actor() actor}; {@code null} leaves it not stated. */
        public Builder actor(Actor actor) {
            this.actor = actor;
            return this;
        }

        /** States {@link MailboxRetention#providerKnewOfHold() providerKnewOfHold}; {@code null} leaves it not stated. */
        public Builder providerKnewOfHold(Boolean providerKnewOfHold) {
            this.providerKnewOfHold = providerKnewOfHold;
            return this;
        }

        /** States {@link MailboxRetention#termDays() termDays}; {@code null} leaves it not stated. */
        public Builder termDays(Integer termDays) {
            this.termDays = termDays;
            return this;
        }

        /** States {@link MailboxRetention#keepDays() keepDays}; {@code null} leaves it not stated. */
        public Builder keepDays(Integer keepDays) {
            this.keepDays = keepDays;
            return this;
        }

        /** States {@link MailboxRetention#pendingRequest() pendingRequest}; {@code null} leaves it not stated. */
        public Builder pendingRequest(PendingRequest pendingRequest) {
            this.pendingRequest = pendingRequest;
            return this;
        }

        /**
         * The situation with the facts set so far.
         *
         * @throws InvalidSituationException if the facts contradict each other
         */
        public MailboxRetention build() {
            return new MailboxRetention(action, clientInstruction, retentionTerm, reminderSent, legalHold, keepPurpose, limitedPeriod, employeeInformed, actor, providerKnewOfHold, termDays, keepDays, pendingRequest);
        }
    }
}
