package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.workprivacy.rules.api.facts.Question;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An employer wants to act on the mailbox of an absent employee: switch on the out-of-office reply, or
 * search the mailbox for a specific work mail. A {@code null} component means the caller did not state
 * that fact; facts that contradict each other are refused here (see the compact constructor).
 *
 * @param action                      what the employer wants to do
 * @param workRelatedReason           there is a concrete work-related reason (clients must be told, a
 *                                    specific mail is needed to honour an agreement)
 * @param employeeContact             whether the employee was asked first, and the answer, or why she was not
 * @param method                      how the mailbox is reached: by an administrator without her password
 *                                    (server-side reply, admin search or eDiscovery tool), or by resetting her
 *                                    password and logging in as her
 * @param serverSideAutoReplyPossible (auto-reply) an administrator can set the reply on the mail server without
 *                                    the employee's password
 * @param mailOpened                  (auto-reply) somebody opens or reads mail in the mailbox while doing it
 * @param targetedSearch              (search) the search is limited to the needed mail by sender, subject or
 *                                    keywords rather than browsing
 * @param compellingWorkGrounds       the work need is compelling enough to override an objection of the
 *                                    employee (GDPR art. 21(1)): it cannot wait for her return and cannot be met
 *                                    another way, for example a client deadline or a legal obligation
 * @param adminSearchPossible         (search) an administrator can search the mailbox with an admin search or
 *                                    eDiscovery tool without the employee's password
 * @param searchPurpose               (search) what the search is for: continuing the employee's work, or
 *                                    investigating the employee herself
 * @param replySpecialCategoryData    (auto-reply) the reply text reveals special-category data, such as that
 *                                    she is ill, the nature of an illness, or a pregnancy (GDPR art. 9)
 * @param fourEyes                    IT acts together with someone from HR or the employee's manager, never
 *                                    alone (required for a search and for a password reset)
 */
@JsonClassDescription("May the employer switch on an absent employee's out-of-office reply, or search her mailbox for "
        + "a work mail?")
public record OutOfOffice(
        @JsonPropertyDescription("What the employer wants to do.")
        @Question
        Action action,
        @JsonPropertyDescription("There is a concrete work-related reason (clients must be told, a specific mail is "
                + "needed to honour an agreement).")
        Boolean workRelatedReason,
        @JsonPropertyDescription("Whether the employee was asked first, and the answer; or why she was not asked.")
        EmployeeContact employeeContact,
        @JsonPropertyDescription("How the mailbox is reached: by an administrator without her password (server-side "
                + "reply, admin search or eDiscovery tool), or by resetting her password.")
        Method method,
        @JsonPropertyDescription("(auto-reply) An administrator can set the auto-reply on the mail server without the "
                + "employee's password.")
        Boolean serverSideAutoReplyPossible,
        @JsonPropertyDescription("(auto-reply) Somebody opens or reads mail in the mailbox while doing it.")
        Boolean mailOpened,
        @JsonPropertyDescription("(search) The search is limited to the needed mail by sender, subject or keywords "
                + "rather than browsing.")
        Boolean targetedSearch,
        @JsonPropertyDescription("The work need is compelling enough to override the employee's objection: it cannot "
                + "wait for her return and cannot be met another way (e.g. a client deadline, a legal obligation).")
        Boolean compellingWorkGrounds,
        @JsonPropertyDescription("(search) An administrator can search the mailbox with an admin search or eDiscovery "
                + "tool without the employee's password.")
        Boolean adminSearchPossible,
        @JsonPropertyDescription("(search) What the search is for: continuing the employee's work, or investigating "
                + "the employee.")
        SearchPurpose searchPurpose,
        @JsonPropertyDescription("(auto-reply) The reply text reveals special-category data, such as that she is ill, "
                + "the nature of an illness or a pregnancy (GDPR art. 9).")
        Boolean replySpecialCategoryData,
        @JsonPropertyDescription("IT acts together with someone from HR or the employee's manager, never alone "
                + "(four-eyes).")
        Boolean fourEyes) implements Situation {

    /** Refuses facts that cannot all be true; a fact not stated ({@code null}) contradicts nothing. */
    public OutOfOffice {
        if (method == Method.SERVER_SIDE_ADMIN) {
            if (action == Action.ENABLE_AUTO_REPLY && Boolean.FALSE.equals(serverSideAutoReplyPossible)) {
                throw new InvalidSituationException("facts.method", "server-side-admin contradicts "
                        + "facts.serverSideAutoReplyPossible: false (an administrator cannot set the reply on the "
                        + "server if that is not possible)");
            }
            if (action == Action.SEARCH_MAIL && Boolean.FALSE.equals(adminSearchPossible)) {
                throw new InvalidSituationException("facts.method", "server-side-admin contradicts "
                        + "facts.adminSearchPossible: false (an administrator cannot search without her password "
                        + "if no admin search tool is available)");
            }
            if (action == null && Boolean.FALSE.equals(serverSideAutoReplyPossible)
                    && Boolean.FALSE.equals(adminSearchPossible)) {
                throw new InvalidSituationException("facts.method", "server-side-admin contradicts "
                        + "facts.serverSideAutoReplyPossible: false and facts.adminSearchPossible: false (an "
                        + "administrator can do nothing without her password)");
            }
        }
    }

    /**
     * The facts of the first version of this scenario; the facts added later are not stated. Kept so that
     * existing callers compile; new code should use the canonical constructor.
     */
    public OutOfOffice(Action action, Boolean workRelatedReason, EmployeeContact employeeContact, Method method,
            Boolean serverSideAutoReplyPossible, Boolean mailOpened, Boolean targetedSearch) {
        this(action, workRelatedReason, employeeContact, method, serverSideAutoReplyPossible, mailOpened,
                targetedSearch, null, null, null, null, null);
    }

    public enum Action {
        @JsonProperty("enable-auto-reply") ENABLE_AUTO_REPLY,
        @JsonProperty("search-mail") SEARCH_MAIL
    }

    public enum EmployeeContact {
        /** Nobody tried to reach the employee, although she could have been asked in time. */
        @JsonProperty("not-tried") NOT_TRIED,
        /** Nobody asked her because asking was not an open path: she is known to be out of reach (travelling
         *  without a connection, in hospital) or the matter cannot wait for her answer. */
        @JsonProperty("could-not-be-asked") COULD_NOT_BE_ASKED,
        /** The employee was reached and agreed. */
        @JsonProperty("agreed") AGREED,
        /** The employee was reached and objected. */
        @JsonProperty("objected") OBJECTED,
        /** Reasonable attempts to reach the employee failed. */
        @JsonProperty("unreachable") UNREACHABLE
    }

    public enum Method {
        /** An administrator acts without her password: sets the reply on the server, or searches with an admin
         *  search or eDiscovery tool; nobody logs in as the employee. */
        @JsonProperty("server-side-admin") SERVER_SIDE_ADMIN,
        /** The password is reset to log in as the employee: locks the employee out, opens the whole mailbox. */
        @JsonProperty("password-reset") PASSWORD_RESET
    }

    public enum SearchPurpose {
        /** Find a mail needed to carry on the employee's work while she is away (an agreement, a client's
         *  question). */
        @JsonProperty("continue-work") CONTINUE_WORK,
        /** Look for evidence about the employee's own conduct. */
        @JsonProperty("investigate-employee") INVESTIGATE_EMPLOYEE
    }
}
