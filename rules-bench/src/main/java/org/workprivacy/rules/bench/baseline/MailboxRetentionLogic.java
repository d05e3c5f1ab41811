package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.MailboxRetention;
import org.workprivacy.rules.api.situation.MailboxRetention.Action;
import org.workprivacy.rules.api.situation.MailboxRetention.Actor;
import org.workprivacy.rules.api.situation.MailboxRetention.ClientInstruction;
import org.workprivacy.rules.api.situation.MailboxRetention.KeepPurpose;
import org.workprivacy.rules.api.situation.MailboxRetention.PendingRequest;
import org.workprivacy.rules.api.situation.MailboxRetention.RetentionTerm;

/**
 * mailbox-retention.dslr by hand, for complete situations (every fact stated), which is all the rules see:
 * the engine decides a partial situation by deciding each of its completions.
 */
final class MailboxRetentionLogic {
    private MailboxRetentionLogic() {
    }

    static void decide(MailboxRetention s, Findings f) {
        Action action = s.action();
        ClientInstruction instruction = s.clientInstruction();
        KeepPurpose purpose = s.keepPurpose();
        boolean delete = action == Action.DELETE;
        boolean keepActive = action == Action.KEEP_ACTIVE;
        boolean shared = action == Action.CONVERT_TO_SHARED;
        boolean export = action == Action.EXPORT_TO_ARCHIVE;
        boolean keeping = keepActive || shared || export;
        boolean approved = instruction == ClientInstruction.APPROVED;
        boolean noInstruction = instruction == ClientInstruction.NONE;
        boolean expired = s.retentionTerm() == RetentionTerm.COMMUNICATED_EXPIRED;
        boolean handover = purpose == KeepPurpose.HANDOVER;
        boolean claim = purpose == KeepPurpose.LEGAL_CLAIM;
        boolean limited = yes(s.limitedPeriod());
        boolean hold = yes(s.legalHold());
        boolean provider = s.actor() == Actor.PROVIDER;
        boolean knownHold = hold && (s.actor() == Actor.EMPLOYER || yes(s.providerKnewOfHold()));
        boolean noKnownHold = no(s.legalHold()) || (provider && no(s.providerKnewOfHold()));
        boolean access = s.pendingRequest() == PendingRequest.ACCESS;
        boolean erasure = s.pendingRequest() == PendingRequest.ERASURE;

        // 1. delete
        if (delete && approved && noKnownHold) {
            f.allow("ret-delete-on-client-instruction");
        }
        if (delete && noInstruction && expired && noKnownHold) {
            f.allow("ret-delete-after-informed-term");
        }
        if (delete && provider && hold && no(s.providerKnewOfHold()) && (approved || (noInstruction && expired))) {
            f.allow("ret-processor-not-told-of-hold");
        }
        if (delete && knownHold) {
            f.deny("ret-delete-despite-legal-hold");
        }
        if (delete && noInstruction && s.retentionTerm() == RetentionTerm.NOT_COMMUNICATED) {
            f.deny("ret-delete-without-instruction");
        }
        if (delete && noInstruction && s.retentionTerm() == RetentionTerm.COMMUNICATED_RUNNING) {
            f.deny("ret-delete-before-term-ends");
        }
        if (delete && instruction == ClientInstruction.OBJECTED) {
            f.deny("ret-delete-against-client-objection");
        }
        if (delete && access) {
            f.deny("ret-delete-before-access-answered");
        }
        if (delete && noInstruction && no(s.reminderSent())) {
            f.condition("ret-remind-client-before-deletion");
        }
        if (delete && approved) {
            f.condition("ret-secure-business-records-first");
        }
        if (delete) {
            f.condition("ret-delete-all-copies");
        }
        if (delete && erasure) {
            f.condition("ret-confirm-erasure-to-former-employee");
        }

        // 2. keep, convert or export
        if (keepActive && approved && handover && limited) {
            f.allow("ret-keep-active-for-handover");
        }
        if (shared && approved && handover && limited && yes(s.employeeInformed())) {
            f.allow("ret-shared-mailbox-for-handover");
        }
        if (export && approved && handover && limited && yes(s.employeeInformed())) {
            f.allow("ret-export-for-handover");
        }
        if (export && approved && purpose == KeepPurpose.BUSINESS_RECORDS && limited) {
            f.allow("ret-export-business-records");
        }
        if (export && approved && claim && hold) {
            f.allow("ret-export-for-legal-claim");
        }
        if (keeping && (noInstruction || instruction == ClientInstruction.OBJECTED)) {
            f.deny("ret-no-client-instruction");
        }
        if (keeping && purpose == KeepPurpose.NONE) {
            f.deny("ret-keep-without-purpose");
        }
        if (keeping && no(s.limitedPeriod()) && purpose != KeepPurpose.LEGAL_CLAIM) {
            f.deny("ret-keep-without-time-limit");
        }
        if (keeping && claim && no(s.legalHold())) {
            f.deny("ret-claim-without-known-dispute");
        }
        if (keeping && handover && limited && s.keepDays() != null && s.keepDays() > 90) {
            f.deny("ret-handover-period-too-long");
        }
        if ((keepActive || shared) && (purpose == KeepPurpose.BUSINESS_RECORDS || claim)) {
            f.deny("ret-active-mailbox-not-needed-for-purpose");
        }
        if ((shared || (export && handover)) && no(s.employeeInformed())) {
            f.deny("ret-colleague-access-without-informing-employee");
        }
        if (keeping && erasure && (purpose == KeepPurpose.NONE || handover)) {
            f.deny("ret-erasure-request-not-honoured");
        }
        if (keepActive || shared) {
            f.condition("ret-auto-reply-with-new-contact");
            f.condition("ret-block-former-employee-sign-in");
        }
        if (keepActive) {
            f.condition("ret-no-reading-or-forwarding");
        }
        if (shared) {
            f.condition("ret-leave-private-mail-unread");
        }
        if (export) {
            f.condition("ret-export-business-mail-only");
            f.condition("ret-restrict-archive-access");
        }
        if (keeping && no(s.legalHold())) {
            f.condition("ret-delete-at-end-of-period");
        }
        if (keeping && hold) {
            f.condition("ret-keep-until-dispute-settled");
        }
        if (s.actor() == Actor.EMPLOYER && hold && no(s.providerKnewOfHold())) {
            f.condition("ret-report-hold-to-provider");
        }
        if (keeping && access) {
            f.condition("ret-answer-access-request");
        }
        if (keeping && erasure) {
            f.condition("ret-explain-erasure-exception");
        }
    }
}
