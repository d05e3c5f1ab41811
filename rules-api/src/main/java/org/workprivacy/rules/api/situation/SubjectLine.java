package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.workprivacy.rules.api.facts.Question;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Subject-line discretion: a helpdesk troubleshooting an employee's work mailbox, and what it may do with
 * the mailbox and with an item it comes across while doing so.
 *
 * <p>The question answered is "may the helpdesk do {@code action}?". Every component is optional on the wire;
 * {@code null} means the caller did not state the fact, and the verdict then names it as missing wherever
 * it decides the outcome.
 *
 * @param action                   what the helpdesk wants to do with the mailbox or with an item seen in it
 * @param supportRequestOpen       is there an open support request or incident ticket about a fault in this
 *                                 mailbox that the action serves?
 * @param metadataExplainsFault    (open-content) do the metadata alone (headers, sizes, attachment names and
 *                                 types, subject lines, folder structure) already explain the fault?
 * @param onlyFaultRelatedMessages (open-content) are the messages to be opened only those tied to the fault
 *                                 (the failing message, the message with the broken attachment), nothing else?
 * @param itemCausesFault          (remark, record, escalate, share, use; for open-content the message to be
 *                                 opened) is the item concerned itself the cause of the fault, or the very item
 *                                 the employee asked help with, rather than something merely seen in passing?
 * @param itemPrivate              is the item concerned private (not work-related) correspondence of the
 *                                 employee?
 * @param specialCategoryData      does the item concerned (for open-content: the messages to be opened), as far
 *                                 as can be seen, reveal special-category data such as health, sex life, religion,
 *                                 trade-union membership or ethnic origin (GDPR art. 9)?
 * @param markedPrivate            did the employee mark or file the item concerned (for open-content: one of the
 *                                 messages to be opened) as private, for example in a folder or with a label
 *                                 called "private" (ECtHR Libert v. France)?
 * @param helpdeskRole             who the helpdesk is: the employer's own staff, an external service provider
 *                                 acting as processor under a processor agreement (GDPR art. 28), or an external
 *                                 party without such an agreement
 *
 * <p>Contradictory facts are refused in the compact constructor: for open-content the item is one of the
 * messages to be opened, so "only the messages tied to the fault are opened" and "the item has nothing to do
 * with the fault" cannot both hold.
 */
@JsonClassDescription("May a helpdesk troubleshooting an employee's work mailbox take the given action with the "
        + "mailbox or with an item seen in it?")
public record SubjectLine(
        @JsonPropertyDescription("What the helpdesk wants to do with the mailbox or with an item seen in it.")
        @Question
        Action action,
        @JsonPropertyDescription("There is an open support request or incident ticket about a fault in this mailbox that "
                + "the action serves.")
        Boolean supportRequestOpen,
        @JsonPropertyDescription("(open-content) The metadata alone (headers, sizes, attachment names, subject lines, "
                + "folders) already explain the fault.")
        Boolean metadataExplainsFault,
        @JsonPropertyDescription("(open-content) The messages to be opened are only those tied to the fault, nothing "
                + "else.")
        Boolean onlyFaultRelatedMessages,
        @JsonPropertyDescription("(remark, record, escalate, share, use) The item is itself the cause of the fault, or "
                + "the item the employee asked help with, not something seen in passing.")
        Boolean itemCausesFault,
        @JsonPropertyDescription("The item is private (not work-related) correspondence of the employee.")
        Boolean itemPrivate,
        @JsonPropertyDescription("The item (for open-content: the messages to be opened) reveals, as far as can be seen, "
                + "special-category data such as health or religion (GDPR art. 9).")
        Boolean specialCategoryData,
        @JsonPropertyDescription("The employee marked or filed the item (for open-content: one of the messages to be "
                + "opened) as private, e.g. in a folder or with a label called private.")
        Boolean markedPrivate,
        @JsonPropertyDescription("Who the helpdesk is: the employer's own staff, an external provider acting as "
                + "processor under a processor agreement, or an external party without one.")
        HelpdeskRole helpdeskRole) implements Situation {

    /** Refuses facts that cannot all be true; a fact not stated ({@code null}) contradicts nothing. */
    public SubjectLine {
        if (action == Action.OPEN_CONTENT && Boolean.TRUE.equals(onlyFaultRelatedMessages)
                && Boolean.FALSE.equals(itemCausesFault)) {
            throw new InvalidSituationException("facts.itemCausesFault", "false contradicts "
                    + "facts.onlyFaultRelatedMessages: true (for open-content the item is a message to be opened, "
                    + "and only messages tied to the fault are opened)");
        }
    }

    /** What the helpdesk wants to do. */
    public enum Action {
        /** Look at the message list, headers, subject lines, sizes, attachment names and folders. */
        @JsonProperty("inspect-metadata") INSPECT_METADATA,
        /** Open the body or attachments of one or more messages. */
        @JsonProperty("open-content") OPEN_CONTENT,
        /** Mention an item seen in the mailbox to the employee. */
        @JsonProperty("remark-to-employee") REMARK_TO_EMPLOYEE,
        /** Write something about the item into the support ticket or incident system. */
        @JsonProperty("record-in-ticket") RECORD_IN_TICKET,
        /** Pass details of the item to another support engineer, or to the contracted IT or mail provider,
         *  who is working on this same fault. */
        @JsonProperty("escalate-for-fix") ESCALATE_FOR_FIX,
        /** Tell colleagues who are not working on the fault (co-workers, managers, other helpdesk staff). */
        @JsonProperty("share-with-colleagues") SHARE_WITH_COLLEAGUES,
        /** Tell anyone outside the organisation who is not engaged to fix this fault. */
        @JsonProperty("share-with-third-party") SHARE_WITH_THIRD_PARTY,
        /** Use the item for anything other than fixing the fault (reporting private use, discipline,
         *  curiosity, personal contact). */
        @JsonProperty("use-for-other-purpose") USE_FOR_OTHER_PURPOSE,
        /** Report an item seen in the mailbox that looks like phishing, malware or another security threat to
         *  the security team (for an external helpdesk: to the employer's security contact). */
        @JsonProperty("report-security-incident") REPORT_SECURITY_INCIDENT
    }

    /** Who the helpdesk is, in data-protection terms. */
    public enum HelpdeskRole {
        /** The employer's own IT staff, acting under the employer's authority (GDPR art. 29). */
        @JsonProperty("internal") INTERNAL,
        /** An external service provider acting as processor under a processor agreement (GDPR art. 28(3)). */
        @JsonProperty("processor-with-agreement") PROCESSOR_WITH_AGREEMENT,
        /** An external party that works in the mailbox without a processor agreement. */
        @JsonProperty("external-without-agreement") EXTERNAL_WITHOUT_AGREEMENT
    }
}
