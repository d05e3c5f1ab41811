package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An employer wants to act on the mailbox of an absent employee: switch on the out-of-office reply, or
 * search the mailbox for a specific work mail.
 *
 * @param action                      what the employer wants to do
 * @param workRelatedReason           there is a concrete work-related reason (clients must be told, a
 *                                    specific mail is needed to honour an agreement)
 * @param employeeContact             whether the employee was asked first, and the answer
 * @param method                      how the mailbox is reached (auto-reply only)
 * @param serverSideAutoReplyPossible an administrator can set the auto-reply on the mail server without
 *                                    the employee's password (asked when a password reset is proposed)
 * @param mailOpened                  somebody opens or reads mail in the mailbox while doing it
 *                                    (auto-reply only)
 * @param targetedSearch              the search is limited to the needed mail by sender, subject or
 *                                    keywords rather than browsing (search only)
 */
@JsonClassDescription("May the employer switch on an absent employee's out-of-office reply, or search her mailbox for "
        + "a work mail?")
public record OutOfOffice(
        @JsonPropertyDescription("What the employer wants to do.")
        Action action,
        @JsonPropertyDescription("There is a concrete work-related reason (clients must be told, a specific mail is "
                + "needed to honour an agreement).")
        Boolean workRelatedReason,
        @JsonPropertyDescription("Whether the employee was asked first, and the answer.")
        EmployeeContact employeeContact,
        @JsonPropertyDescription("How the mailbox is reached (auto-reply only).")
        Method method,
        @JsonPropertyDescription("An administrator can set the auto-reply on the mail server without the employee's "
                + "password (asked when a password reset is proposed).")
        Boolean serverSideAutoReplyPossible,
        @JsonPropertyDescription("Somebody opens or reads mail in the mailbox while doing it (auto-reply only).")
        Boolean mailOpened,
        @JsonPropertyDescription("The search is limited to the needed mail by sender, subject or keywords rather than "
                + "browsing (search only).")
        Boolean targetedSearch) implements Situation {

    public enum Action {
        @JsonProperty("enable-auto-reply") ENABLE_AUTO_REPLY,
        @JsonProperty("search-mail") SEARCH_MAIL
    }

    public enum EmployeeContact {
        /** Nobody tried to reach the employee. */
        @JsonProperty("not-tried") NOT_TRIED,
        /** The employee was reached and agreed. */
        @JsonProperty("agreed") AGREED,
        /** The employee was reached and objected. */
        @JsonProperty("objected") OBJECTED,
        /** Reasonable attempts to reach the employee failed. */
        @JsonProperty("unreachable") UNREACHABLE
    }

    public enum Method {
        /** An administrator sets the reply on the server; nobody logs in to the mailbox. */
        @JsonProperty("server-side-admin") SERVER_SIDE_ADMIN,
        /** The password is reset to log in as the employee: locks the employee out, opens the mailbox. */
        @JsonProperty("password-reset") PASSWORD_RESET
    }
}
