package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.ChatMonitoring;
import org.workprivacy.rules.api.situation.ChatMonitoring.ClaimedBasis;
import org.workprivacy.rules.api.situation.ChatMonitoring.MonitoredData;
import org.workprivacy.rules.api.situation.ChatMonitoring.MonitoringScope;
import org.workprivacy.rules.api.situation.ChatMonitoring.WorksCouncilStatus;

/** chat-monitoring.drl by hand. */
final class ChatMonitoringLogic {
    private ChatMonitoringLogic() {
    }

    static void decide(ChatMonitoring s, Findings f) {
        boolean scopeUnknown = s.scope() == null;
        boolean targeted = s.scope() == MonitoringScope.TARGETED_EMPLOYEE;
        boolean everyone = s.scope() == MonitoringScope.ALL_EMPLOYEES;
        boolean dataUnknown = s.monitoredData() == null;
        boolean aggregate = s.monitoredData() == MonitoredData.AGGREGATE_STATISTICS;
        boolean activity = s.monitoredData() == MonitoredData.ACTIVITY_METADATA;
        boolean content = s.monitoredData() == MonitoredData.CONTENT;
        boolean generalFactsDecide = scopeUnknown || targeted || dataUnknown || aggregate;
        boolean perPersonOrUnknown = dataUnknown || activity || content;
        boolean targetedOrUnknown = scopeUnknown || targeted;
        boolean groundsOk = yes(s.policyKnownToEmployees())
                && (s.worksCouncil() == WorksCouncilStatus.NO_WORKS_COUNCIL || s.worksCouncil() == WorksCouncilStatus.CONSENTED)
                && s.claimedBasis() == ClaimedBasis.LEGITIMATE_INTEREST;
        boolean warned = yes(s.warnedAboutSpecificConduct());
        boolean lastResort = yes(s.lessIntrusiveMeansInsufficient());

        if (dataUnknown) {
            f.missing("monitoredData");
        }
        if (scopeUnknown && perPersonOrUnknown) {
            f.missing("scope");
        }
        if (s.policyKnownToEmployees() == null && generalFactsDecide) {
            f.missing("policyKnownToEmployees");
        }
        if (s.worksCouncil() == null && generalFactsDecide) {
            f.missing("worksCouncil");
        }
        if (s.claimedBasis() == null && generalFactsDecide) {
            f.missing("claimedBasis");
        }
        if (s.warnedAboutSpecificConduct() == null && targetedOrUnknown && perPersonOrUnknown) {
            f.missing("warnedAboutSpecificConduct");
        }
        if (s.lessIntrusiveMeansInsufficient() == null && targetedOrUnknown && (dataUnknown || content)) {
            f.missing("lessIntrusiveMeansInsufficient");
        }

        if (everyone && content) {
            f.deny("chat-blanket-content-monitoring");
        }
        if (everyone && activity) {
            f.deny("chat-blanket-activity-tracking");
        }
        if (targeted && aggregate) {
            f.deny("chat-individual-statistics-not-aggregate");
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
        if (targeted && (activity || content) && no(s.warnedAboutSpecificConduct())) {
            f.deny("chat-no-pressing-need");
        }
        if (targeted && content && no(s.lessIntrusiveMeansInsufficient())) {
            f.deny("chat-content-not-subsidiary");
        }

        boolean statistics = aggregate && (scopeUnknown || everyone) && groundsOk;
        boolean targetedActivity = targeted && activity && groundsOk && warned;
        boolean targetedContent = targeted && content && groundsOk && warned && lastResort;
        if (statistics) {
            f.allow("chat-aggregate-statistics-proportionate");
        }
        if (targetedActivity) {
            f.allow("chat-targeted-activity-monitoring-justified");
        }
        if (targetedContent) {
            f.allow("chat-targeted-content-review-justified");
        }

        if (statistics || targetedActivity || targetedContent) {
            f.condition("chat-document-balancing-test");
        }
        if (statistics) {
            f.condition("chat-no-individual-drill-down");
            f.condition("chat-statistics-purpose-only");
            f.condition("chat-assess-dpia");
        }
        if (targetedActivity || targetedContent) {
            f.condition("chat-limit-scope-and-period");
            f.condition("chat-inform-employee-in-advance");
            f.condition("chat-hear-employee-before-measures");
            f.condition("chat-delete-when-purpose-served");
        }
        if (targetedContent) {
            f.condition("chat-disregard-private-messages");
            f.condition("chat-restrict-access-to-reviewers");
        }
    }
}
