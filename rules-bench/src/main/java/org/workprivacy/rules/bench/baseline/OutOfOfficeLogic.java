package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.OutOfOffice.Action;
import org.workprivacy.rules.api.situation.OutOfOffice.EmployeeContact;
import org.workprivacy.rules.api.situation.OutOfOffice.AccessMethod;
import org.workprivacy.rules.api.situation.OutOfOffice.SearchPurpose;

/** out-of-office.dslr by hand, for complete situations (the engine fills in facts left out). */
final class OutOfOfficeLogic {
    private OutOfOfficeLogic() {
    }

    static void decide(OutOfOffice s, Findings f) {
        boolean reply = s.action() == Action.ENABLE_AUTO_REPLY;
        boolean search = s.action() == Action.SEARCH_MAIL;
        boolean reset = s.method() == AccessMethod.PASSWORD_RESET;
        EmployeeContact contact = s.employeeContact();
        boolean objected = contact == EmployeeContact.OBJECTED;

        if (no(s.workRelatedReason())) {
            f.deny("ooo-no-work-related-reason");
        }
        if ((search || reset) && contact == EmployeeContact.NOT_TRIED) {
            f.deny("ooo-employee-not-asked");
        }
        if (objected && no(s.compellingWorkGrounds())) {
            f.deny("ooo-employee-objected");
        }
        if (reply && yes(s.mailOpened())) {
            f.deny("ooo-mail-opened-for-settings");
        }
        if (reply && yes(s.replySpecialCategoryData())) {
            f.deny("ooo-special-category-in-reply");
        }
        if ((reply && reset && yes(s.serverSideAutoReplyPossible()))
                || (search && reset && yes(s.adminSearchPossible()))) {
            f.deny("ooo-password-reset-avoidable");
        }
        if (search && no(s.fourEyes())) {
            f.deny("ooo-no-four-eyes");
        }
        if (search && no(s.targetedSearch())) {
            f.deny("ooo-untargeted-search");
        }
        if (search && s.searchPurpose() == SearchPurpose.INVESTIGATE_EMPLOYEE) {
            f.deny("ooo-search-to-investigate");
        }

        if (reply && yes(s.workRelatedReason()) && s.method() == AccessMethod.SERVER_SIDE_ADMIN && no(s.mailOpened())) {
            f.allow("ooo-server-side-auto-reply");
        }
        if (reply && yes(s.workRelatedReason()) && reset && no(s.serverSideAutoReplyPossible()) && no(s.mailOpened())) {
            f.allow("ooo-password-reset-last-resort");
        }
        if (search && yes(s.workRelatedReason()) && yes(s.targetedSearch())
                && s.searchPurpose() == SearchPurpose.CONTINUE_WORK) {
            f.allow("ooo-targeted-search");
        }

        if (contact != null && contact != EmployeeContact.AGREED) {
            f.condition("inform-employee-afterwards");
        }
        if (objected && yes(s.compellingWorkGrounds())) {
            f.condition("explain-overridden-objection");
        }
        f.condition("record-the-action");
        if (reply) {
            f.condition("business-text-only");
        }
        if (reply && reset) {
            f.condition("settings-only");
        }
        if (reset) {
            f.condition("restore-employee-access");
        }
        if (search) {
            f.condition("stop-at-private-mail");
        }
    }
}
