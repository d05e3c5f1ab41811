package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.OutOfOffice.Action;
import org.workprivacy.rules.api.situation.OutOfOffice.EmployeeContact;
import org.workprivacy.rules.api.situation.OutOfOffice.Method;

/** out-of-office.drl by hand. */
final class OutOfOfficeLogic {
    private OutOfOfficeLogic() {
    }

    static void decide(OutOfOffice s, Findings f) {
        boolean reply = s.action() == Action.ENABLE_AUTO_REPLY;
        boolean search = s.action() == Action.SEARCH_MAIL;
        boolean reset = s.method() == Method.PASSWORD_RESET;
        EmployeeContact contact = s.employeeContact();
        boolean askedOrUnreachable = contact == EmployeeContact.AGREED || contact == EmployeeContact.UNREACHABLE;

        if (s.action() == null) {
            f.missing("action");
        }
        if (s.workRelatedReason() == null) {
            f.missing("workRelatedReason");
        }
        if (contact == null) {
            f.missing("employeeContact");
        }
        if (reply && s.method() == null) {
            f.missing("method");
        }
        if (reply && s.mailOpened() == null) {
            f.missing("mailOpened");
        }
        if (reply && reset && s.serverSideAutoReplyPossible() == null) {
            f.missing("serverSideAutoReplyPossible");
        }
        if (search && s.targetedSearch() == null) {
            f.missing("targetedSearch");
        }

        if (no(s.workRelatedReason())) {
            f.deny("ooo-no-work-related-reason");
        }
        if (contact == EmployeeContact.NOT_TRIED) {
            f.deny("ooo-employee-not-asked");
        }
        if (reply && contact == EmployeeContact.OBJECTED) {
            f.deny("ooo-employee-objected");
        }
        if (reply && yes(s.mailOpened())) {
            f.deny("ooo-mail-opened-for-settings");
        }
        if (reply && reset && yes(s.serverSideAutoReplyPossible())) {
            f.deny("ooo-password-reset-avoidable");
        }
        if (search && no(s.targetedSearch())) {
            f.deny("ooo-untargeted-search");
        }

        if (reply && yes(s.workRelatedReason()) && askedOrUnreachable && s.method() == Method.SERVER_SIDE_ADMIN
                && no(s.mailOpened())) {
            f.allow("ooo-server-side-auto-reply");
        }
        if (reply && yes(s.workRelatedReason()) && askedOrUnreachable && reset
                && no(s.serverSideAutoReplyPossible()) && no(s.mailOpened())) {
            f.allow("ooo-password-reset-last-resort");
        }
        if (search && yes(s.workRelatedReason()) && (askedOrUnreachable || contact == EmployeeContact.OBJECTED)
                && yes(s.targetedSearch())) {
            f.allow("ooo-targeted-search");
        }

        if (contact == EmployeeContact.UNREACHABLE || contact == EmployeeContact.OBJECTED) {
            f.condition("inform-employee-afterwards");
        }
        if (s.action() != null) {
            f.condition("record-the-action");
        }
        if (reply) {
            f.condition("business-text-only");
        }
        if (search || reset) {
            f.condition("four-eyes");
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
