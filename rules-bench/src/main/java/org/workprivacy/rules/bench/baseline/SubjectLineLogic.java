package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.SubjectLine;
import org.workprivacy.rules.api.situation.SubjectLine.Action;
import org.workprivacy.rules.api.situation.SubjectLine.HelpdeskRole;

/** subject-line.dslr by hand, for complete situations (the engine fills in facts left out). */
final class SubjectLineLogic {
    private SubjectLineLogic() {
    }

    static void decide(SubjectLine s, Findings f) {
        Action action = s.action();
        boolean inspect = action == Action.INSPECT_METADATA;
        boolean open = action == Action.OPEN_CONTENT;
        boolean escalate = action == Action.ESCALATE_FOR_FIX;
        boolean report = action == Action.REPORT_SECURITY_INCIDENT;
        boolean actOnItem = action == Action.REMARK_TO_EMPLOYEE || action == Action.RECORD_IN_TICKET || escalate;
        boolean disclose = action == Action.SHARE_WITH_COLLEAGUES || action == Action.SHARE_WITH_THIRD_PARTY;
        boolean passOn = disclose || action == Action.USE_FOR_OTHER_PURPOSE;
        boolean causesFault = yes(s.itemCausesFault());
        boolean incidental = no(s.itemCausesFault());
        boolean support = yes(s.supportRequestOpen());
        boolean privateItem = yes(s.itemPrivate()) || yes(s.markedPrivate());

        if (inspect && support) {
            f.allow("sl-metadata-for-fault");
        }
        if (open && support && no(s.metadataExplainsFault()) && yes(s.onlyFaultRelatedMessages())
                && no(s.specialCategoryData())) {
            f.allow("sl-targeted-content-for-fault");
        }
        if (action == Action.REMARK_TO_EMPLOYEE && support && causesFault) {
            f.allow("sl-tell-employee-the-cause");
        }
        if (action == Action.RECORD_IN_TICKET && support && causesFault) {
            f.allow("sl-record-the-cause");
        }
        if (escalate && support && causesFault) {
            f.allow("sl-escalate-the-cause");
        }
        if (report && support) {
            f.allow("sl-report-security-threat");
        }

        if (inspect && support) {
            f.condition("sl-cond-stay-within-fault");
        }
        if ((inspect || open) && support) {
            f.condition("sl-cond-ignore-incidental");
        }
        if (open && support) {
            f.condition("sl-cond-tell-employee-beforehand");
        }
        if (actOnItem && causesFault) {
            f.condition("sl-cond-fault-facts-only");
        }
        if (actOnItem && causesFault && privateItem) {
            f.condition("sl-cond-employee-decides-private-item");
        }
        if (actOnItem && causesFault && yes(s.specialCategoryData())) {
            f.condition("sl-cond-special-category-discretion");
        }
        if (escalate && causesFault) {
            f.condition("sl-cond-confidential-recipient");
        }
        if (report) {
            f.condition("sl-cond-security-report-minimal");
        }
        if (s.helpdeskRole() == HelpdeskRole.PROCESSOR_WITH_AGREEMENT) {
            f.condition("sl-cond-processor-instructions");
        }

        if (s.helpdeskRole() == HelpdeskRole.EXTERNAL_WITHOUT_AGREEMENT) {
            f.deny("sl-no-processor-agreement");
        }
        if (no(s.supportRequestOpen())) {
            f.deny("sl-no-support-request");
        }
        if (open && yes(s.metadataExplainsFault())) {
            f.deny("sl-metadata-suffices");
        }
        if (open && no(s.onlyFaultRelatedMessages())) {
            f.deny("sl-content-beyond-fault");
        }
        if (open && yes(s.specialCategoryData())) {
            f.deny("sl-special-category-not-read");
        }
        if (open && yes(s.markedPrivate())) {
            f.deny("sl-marked-private-not-opened");
        }
        if ((actOnItem || passOn) && incidental) {
            f.deny("sl-incidental-stays-unused");
        }
        if (((actOnItem && incidental) || passOn) && privateItem) {
            f.deny("sl-private-correspondence");
        }
        if (disclose) {
            f.deny("sl-no-disclosure");
        }
        if (action == Action.USE_FOR_OTHER_PURPOSE) {
            f.deny("sl-no-other-purpose");
        }
        if (((actOnItem && incidental) || passOn) && yes(s.specialCategoryData())) {
            f.deny("sl-special-category-aggravates");
        }
    }
}
