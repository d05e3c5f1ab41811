package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Mailbox retention (seed 003): may the IT provider (processor) or the employer (controller) do the
 * chosen action with the mailbox of an employee who has left? A {@code null} component means the caller
 * did not state that fact.
 *
 * @param action            what the caller wants to do with the departed employee's mailbox
 * @param clientInstruction what the client (the employer, who is the controller) has instructed about this
 *                          action for this mailbox; when the employer itself asks, its own decision counts
 *                          as {@code approved}
 * @param retentionTerm     whether the client was told in advance (for example in the service agreement or
 *                          the offboarding procedure) of a fixed term after which mailboxes of departed
 *                          employees are deleted, such as 30 days after the account is closed, and whether
 *                          that term has run out; a client who was told but has forgotten still counts as told
 * @param reminderSent      whether the client's contact person was reminded shortly before the deletion
 *                          (for example a few days ahead) that the mailbox is about to be deleted
 * @param legalHold         whether a legal dispute, claim or preservation request to which this mail may be
 *                          relevant is known to the employer or has been reported to the provider
 * @param keepPurpose       the specific purpose for which the mailbox or its content is kept, converted or
 *                          exported instead of being deleted
 * @param limitedPeriod     whether keeping is limited to a period fixed in advance and tied to the purpose
 *                          (for a handover normally one to three months, for business records the statutory seven
 *                          years, for a dispute until it is finally settled), after which it is deleted
 * @param employeeInformed  whether the former employee was told what happens to the mailbox and had the chance
 *                          to remove or take out private mail before colleagues got access (decisive when
 *                          colleagues get the mail: a shared mailbox, or an export for the handover)
 */
@JsonClassDescription("May the IT provider or the employer do the given action with the mailbox of an employee "
        + "who has left?")
public record MailboxRetention(
        @JsonPropertyDescription("What the caller wants to do with the departed employee's mailbox.")
        Action action,
        @JsonPropertyDescription("What the client (the employer, the controller) instructed about this action for this "
                + "mailbox; the employer's own decision counts as approved.")
        ClientInstruction clientInstruction,
        @JsonPropertyDescription("Whether the client was told in advance of a fixed term after which mailboxes of "
                + "departed employees are deleted, and whether it has run out.")
        RetentionTerm retentionTerm,
        @JsonPropertyDescription("The client's contact person was reminded shortly before the deletion that the mailbox "
                + "is about to be deleted.")
        Boolean reminderSent,
        @JsonPropertyDescription("A legal dispute, claim or preservation request to which this mail may be relevant is "
                + "known to the employer or reported to the provider.")
        Boolean legalHold,
        @JsonPropertyDescription("The specific purpose for which the mailbox or its content is kept, converted or "
                + "exported instead of deleted.")
        KeepPurpose keepPurpose,
        @JsonPropertyDescription("Keeping is limited to a period fixed in advance and tied to the purpose, after which "
                + "the mail is deleted.")
        Boolean limitedPeriod,
        @JsonPropertyDescription("The former employee was told what happens to the mailbox and could remove or take out "
                + "private mail before colleagues got access.")
        Boolean employeeInformed) implements Situation {

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
        /** No specific purpose: "just in case", habit, saving a licence, nobody decided. */
        @JsonProperty("none") NONE,
        /** Handing over current work: answering customers and finishing matters the employee was handling. */
        @JsonProperty("handover") HANDOVER,
        /** Keeping mail that forms part of the business records (agreements, commitments, invoices) the employer must keep by law. */
        @JsonProperty("business-records") BUSINESS_RECORDS,
        /** Preserving evidence for a known dispute, claim or preservation request. */
        @JsonProperty("legal-claim") LEGAL_CLAIM
    }
}
