package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.ChatMonitoring;
import org.workprivacy.rules.api.situation.ChatMonitoring.Channel;
import org.workprivacy.rules.api.situation.ChatMonitoring.ClaimedBasis;
import org.workprivacy.rules.api.situation.ChatMonitoring.DecidedBy;
import org.workprivacy.rules.api.situation.ChatMonitoring.MonitoredData;
import org.workprivacy.rules.api.situation.ChatMonitoring.MonitoringScope;
import org.workprivacy.rules.api.situation.ChatMonitoring.OtherParticipants;
import org.workprivacy.rules.api.situation.ChatMonitoring.WorksCouncilStatus;

/** chat-monitoring.dslr by hand, for complete situations (OpenFacts decides the open ones). */
final class ChatMonitoringLogic {
    private ChatMonitoringLogic() {
    }

    static void decide(ChatMonitoring s, Findings f) {
        boolean targeted = s.scope() == MonitoringScope.TARGETED_EMPLOYEE;
        boolean everyone = s.scope() == MonitoringScope.ALL_EMPLOYEES;
        boolean aggregate = s.monitoredData() == MonitoredData.AGGREGATE_STATISTICS;
        boolean activity = s.monitoredData() == MonitoredData.ACTIVITY_METADATA;
        boolean content = s.monitoredData() == MonitoredData.CONTENT;
        boolean targetedActivityOrContent = targeted && (activity || content);
        boolean groundsOk = s.channel() == Channel.WORK_TOOL
                && yes(s.policyKnownToEmployees())
                && (s.worksCouncil() == WorksCouncilStatus.NO_WORKS_COUNCIL || s.worksCouncil() == WorksCouncilStatus.CONSENTED)
                && s.claimedBasis() == ClaimedBasis.LEGITIMATE_INTEREST;
        boolean reviewOk = groundsOk && yes(s.warnedAboutSpecificConduct()) && s.decidedBy() == DecidedBy.MANAGEMENT_OR_HR;
        // A concrete suspicion stands in for the warning, and only for an employee who was not warned.
        boolean suspicionPath = no(s.warnedAboutSpecificConduct()) && yes(s.concreteSuspicion());
        boolean suspicionReviewOk = groundsOk && suspicionPath && s.decidedBy() == DecidedBy.MANAGEMENT_OR_HR;

        if (everyone && content) {
            f.deny("chat-blanket-content-monitoring");
        }
        if (everyone && activity) {
            f.deny("chat-blanket-activity-tracking");
        }
        if (s.channel() == Channel.PRIVATE_APP) {
            f.deny("chat-private-app-off-limits");
        }
        if (no(s.policyKnownToEmployees())) {
            f.deny("chat-no-known-policy");
        }
        if (s.worksCouncil() == WorksCouncilStatus.NOT_CONSENTED) {
            f.deny("chat-works-council-consent-missing");
        }
        if (s.claimedBasis() == ClaimedBasis.EMPLOYEE_CONSENT) {
            f.deny("chat-employee-consent-invalid");
        }
        if (aggregate && no(s.dpiaDone())) {
            f.deny("chat-dpia-not-done");
        }
        if (targetedActivityOrContent && no(s.warnedAboutSpecificConduct()) && no(s.concreteSuspicion())) {
            f.deny("chat-no-pressing-need");
        }
        if (targetedActivityOrContent && s.decidedBy() == DecidedBy.IT_ON_OWN_INITIATIVE) {
            f.deny("chat-it-own-initiative");
        }
        if (targeted && content && no(s.lessIntrusiveMeansInsufficient())) {
            f.deny("chat-content-not-subsidiary");
        }

        if (aggregate && groundsOk && yes(s.dpiaDone())) {
            f.allow("chat-aggregate-statistics-proportionate");
        }
        if (targeted && activity && reviewOk) {
            f.allow("chat-targeted-activity-monitoring-justified");
        }
        if (targeted && content && reviewOk && yes(s.lessIntrusiveMeansInsufficient())) {
            f.allow("chat-targeted-content-review-justified");
        }
        if (targeted && activity && suspicionReviewOk) {
            f.allow("chat-suspicion-activity-check-justified");
        }
        if (targeted && content && suspicionReviewOk && yes(s.lessIntrusiveMeansInsufficient())) {
            f.allow("chat-suspicion-content-review-justified");
        }

        // Conditions belong to a path; they are shown only when the verdict is ALLOWED.
        f.condition("chat-document-balancing-test");
        if (aggregate) {
            f.condition("chat-no-individual-drill-down");
            f.condition("chat-statistics-purpose-only");
        }
        if (targetedActivityOrContent) {
            f.condition("chat-limit-scope-and-period");
            if (yes(s.warnedAboutSpecificConduct())) {
                f.condition("chat-inform-employee-in-advance");
            }
            if (suspicionPath) {
                f.condition("chat-inform-employee-afterwards");
                f.condition("chat-record-suspicion-grounds");
            }
            f.condition("chat-hear-employee-before-measures");
            f.condition("chat-delete-when-purpose-served");
        }
        if (targeted && content) {
            f.condition("chat-disregard-private-messages");
            f.condition("chat-restrict-access-to-reviewers");
            if (s.otherParticipants() == OtherParticipants.COLLEAGUES || s.otherParticipants() == OtherParticipants.OUTSIDE_PARTIES) {
                f.condition("chat-other-participants-minimal");
            }
            if (s.otherParticipants() == OtherParticipants.OUTSIDE_PARTIES) {
                f.condition("chat-inform-outside-participants");
            }
            if (yes(s.specialCategoryData())) {
                f.condition("chat-special-category-conduct-only");
            }
        }
    }
}
