package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.MailboxRetention;
import org.workprivacy.rules.api.situation.MailboxRetention.Action;
import org.workprivacy.rules.api.situation.MailboxRetention.ClientInstruction;
import org.workprivacy.rules.api.situation.MailboxRetention.KeepPurpose;
import org.workprivacy.rules.api.situation.MailboxRetention.RetentionTerm;

/** mailbox-retention.drl by hand (DRL's null semantics: {@code x != v} holds for an unstated x). */
final class MailboxRetentionLogic {
    private MailboxRetentionLogic() {
    }

    static void decide(MailboxRetention s, Findings f) {
        Action action = s.action();
        ClientInstruction instruction = s.clientInstruction();
        RetentionTerm term = s.retentionTerm();
        KeepPurpose purpose = s.keepPurpose();
        boolean delete = action == Action.DELETE;
        boolean keepActive = action == Action.KEEP_ACTIVE;
        boolean shared = action == Action.CONVERT_TO_SHARED;
        boolean export = action == Action.EXPORT_TO_ARCHIVE;
        boolean keeping = keepActive || shared || export;
        boolean approved = instruction == ClientInstruction.APPROVED;
        boolean noInstruction = instruction == ClientInstruction.NONE;
        boolean handover = purpose == KeepPurpose.HANDOVER;
        boolean recordsOrClaim = purpose == KeepPurpose.BUSINESS_RECORDS || purpose == KeepPurpose.LEGAL_CLAIM;
        boolean limited = yes(s.limitedPeriod());
        boolean informed = yes(s.employeeInformed());
        boolean holdFree = no(s.legalHold());

        // 1. delete
        boolean deleteOnInstruction = delete && approved && holdFree;
        boolean deleteAfterTerm = delete && noInstruction && term == RetentionTerm.COMMUNICATED_EXPIRED && holdFree;
        if (deleteOnInstruction) {
            f.allow("ret-delete-on-client-instruction");
        }
        if (deleteAfterTerm) {
            f.allow("ret-delete-after-informed-term");
        }
        if (delete && yes(s.legalHold())) {
            f.deny("ret-delete-despite-legal-hold");
        }
        if (delete && noInstruction && term == RetentionTerm.NOT_COMMUNICATED) {
            f.deny("ret-delete-without-instruction");
        }
        if (delete && noInstruction && term == RetentionTerm.COMMUNICATED_RUNNING) {
            f.deny("ret-delete-before-term-ends");
        }
        if (delete && instruction == ClientInstruction.OBJECTED) {
            f.deny("ret-delete-against-client-objection");
        }
        if (deleteAfterTerm && !yes(s.reminderSent())) {
            f.condition("ret-remind-client-before-deletion");
        }
        if (deleteOnInstruction) {
            f.condition("ret-secure-business-records-first");
        }
        if (deleteOnInstruction || deleteAfterTerm) {
            f.condition("ret-delete-all-copies");
        }
        if (delete && s.legalHold() == null && instruction != ClientInstruction.OBJECTED
                && (instruction != ClientInstruction.NONE || term == null || term == RetentionTerm.COMMUNICATED_EXPIRED)) {
            f.missing("legalHold");
        }
        if (delete && instruction == null && !yes(s.legalHold())) {
            f.missing("clientInstruction");
        }
        if (delete && term == null && !yes(s.legalHold()) && (instruction == null || noInstruction)) {
            f.missing("retentionTerm");
        }

        // 2. keep, convert or export
        boolean keepForHandover = keepActive && approved && handover && limited;
        boolean sharedForHandover = shared && approved && handover && limited && informed;
        boolean exportForHandover = export && approved && handover && limited && informed;
        boolean exportRecordsOrClaim = export && approved && recordsOrClaim && limited;
        if (keepForHandover) {
            f.allow("ret-keep-active-for-handover");
        }
        if (sharedForHandover) {
            f.allow("ret-shared-mailbox-for-handover");
        }
        if (exportForHandover) {
            f.allow("ret-export-for-handover");
        }
        if (exportRecordsOrClaim && purpose == KeepPurpose.BUSINESS_RECORDS) {
            f.allow("ret-export-business-records");
        }
        if (exportRecordsOrClaim && purpose == KeepPurpose.LEGAL_CLAIM) {
            f.allow("ret-export-for-legal-claim");
        }
        if (keeping && (noInstruction || instruction == ClientInstruction.OBJECTED)) {
            f.deny("ret-no-client-instruction");
        }
        if (keeping && purpose == KeepPurpose.NONE) {
            f.deny("ret-keep-without-purpose");
        }
        if (keeping && no(s.limitedPeriod())) {
            f.deny("ret-keep-without-time-limit");
        }
        if ((keepActive || shared) && recordsOrClaim) {
            f.deny("ret-active-mailbox-not-needed-for-purpose");
        }
        if ((shared || (export && handover)) && no(s.employeeInformed())) {
            f.deny("ret-colleague-access-without-informing-employee");
        }
        if ((keepActive || shared) && approved && handover && limited && (keepActive || informed)) {
            f.condition("ret-auto-reply-with-new-contact");
            f.condition("ret-block-former-employee-sign-in");
        }
        if (keepForHandover) {
            f.condition("ret-no-reading-or-forwarding");
        }
        if (sharedForHandover) {
            f.condition("ret-leave-private-mail-unread");
        }
        if (export && approved && (handover || recordsOrClaim) && limited && (!handover || informed)) {
            f.condition("ret-export-business-mail-only");
            f.condition("ret-restrict-archive-access");
        }
        if (keeping && approved && limited && (handover || (export && recordsOrClaim))
                && (!handover || keepActive || informed)) {
            f.condition("ret-delete-at-end-of-period");
        }
        boolean purposeStillOpen = purpose == null || handover || (export && purpose != KeepPurpose.NONE);
        boolean informedStillOpen = !no(s.employeeInformed()) || keepActive || (export && !handover);
        boolean approvedOrOpen = instruction == null || approved;
        if (keeping && instruction == null && purposeStillOpen && !no(s.limitedPeriod()) && informedStillOpen) {
            f.missing("clientInstruction");
        }
        if (keeping && purpose == null && approvedOrOpen && !no(s.limitedPeriod()) && informedStillOpen) {
            f.missing("keepPurpose");
        }
        if (keeping && s.limitedPeriod() == null && approvedOrOpen && purposeStillOpen && informedStillOpen) {
            f.missing("limitedPeriod");
        }
        if (s.employeeInformed() == null && ((shared && (purpose == null || handover)) || (export && handover))
                && approvedOrOpen && !no(s.limitedPeriod())) {
            f.missing("employeeInformed");
        }
        if (action == null) {
            f.missing("action");
        }
    }
}
