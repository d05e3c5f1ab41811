package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.HoldRecording;
import org.workprivacy.rules.api.situation.HoldRecording.Activity;
import org.workprivacy.rules.api.situation.HoldRecording.CallCentreRole;
import org.workprivacy.rules.api.situation.HoldRecording.Phase;
import org.workprivacy.rules.api.situation.HoldRecording.Purpose;
import org.workprivacy.rules.api.situation.HoldRecording.WorksCouncilStatus;

/** hold-recording.dslr by hand, for complete situations (OpenFacts decides the open ones). */
final class HoldRecordingLogic {
    private HoldRecordingLogic() {
    }

    static void decide(HoldRecording s, Findings f) {
        Phase phase = s.phase();
        boolean lookup = phase == Phase.SHORT_LOOKUP_HOLD;
        boolean waiting = phase == Phase.QUEUE || phase == Phase.HOLD || (lookup && no(s.lineStaysOpen()));
        boolean conversation = phase == Phase.CONVERSATION || (lookup && yes(s.lineStaysOpen()));
        boolean record = s.activity() == Activity.RECORD;
        boolean listen = s.activity() == Activity.LISTEN_IN;
        boolean evidence = s.purpose() == Purpose.EVIDENCE;
        boolean coaching = s.purpose() == Purpose.TRAINING || s.purpose() == Purpose.QUALITY;
        boolean special = yes(s.specialCategoryData());
        boolean safeguards = yes(s.callerInformed()) && yes(s.agentsInformed())
                && (s.worksCouncil() == WorksCouncilStatus.NO_WORKS_COUNCIL || s.worksCouncil() == WorksCouncilStatus.CONSENTED)
                && (s.callCentreRole() == CallCentreRole.INTERNAL || s.callCentreRole() == CallCentreRole.PROCESSOR_WITH_AGREEMENT)
                && yes(s.dpiaDone());

        if (record && waiting) {
            f.deny("hold-record-while-waiting");
        }
        if (listen && waiting) {
            f.deny("hold-listen-while-waiting");
        }
        if (lookup && no(s.lineStaysOpen())) {
            f.deny("hold-short-hold-is-hold");
        }
        if (no(s.softwareCanPause()) && waiting) {
            f.deny("hold-software-limit-no-excuse");
        }
        if (record && yes(s.holdAudioCutAfterwards()) && waiting) {
            f.deny("hold-cut-afterwards-still-processing");
        }
        if (s.callCentreRole() == CallCentreRole.PROCESSOR_WITHOUT_AGREEMENT) {
            f.deny("hold-processor-without-agreement");
        }
        if (conversation) {
            if (s.purpose() == Purpose.NONE) {
                f.deny("hold-no-stated-purpose");
            }
            if (no(s.callerInformed())) {
                f.deny("hold-caller-not-informed");
            }
            if (no(s.agentsInformed())) {
                f.deny("hold-agents-not-informed");
            }
            if (listen && evidence) {
                f.deny("hold-listen-in-not-for-evidence");
            }
            if (coaching && special) {
                f.deny("hold-special-category-not-for-training");
            }
            if (record && coaching && no(s.lessIntrusiveMeansInsufficient())) {
                f.deny("hold-training-quality-not-subsidiary");
            }
            if (s.worksCouncil() == WorksCouncilStatus.NOT_CONSENTED) {
                f.deny("hold-works-council-consent-missing");
            }
            if (no(s.dpiaDone())) {
                f.deny("hold-dpia-not-done");
            }

            if (safeguards && record && evidence) {
                f.allow("hold-record-conversation-evidence");
            }
            if (safeguards && record && coaching && no(s.specialCategoryData()) && yes(s.lessIntrusiveMeansInsufficient())) {
                f.allow("hold-record-conversation-training-quality");
            }
            if (safeguards && listen && coaching && no(s.specialCategoryData())) {
                f.allow("hold-listen-in-conversation-coaching");
            }

            // Conditions belong to a path; they are shown only when the verdict is ALLOWED.
            f.condition("hold-pause-during-hold");
            if (record) {
                f.condition("hold-limit-retention");
                f.condition("hold-restrict-access");
            }
            if (coaching) {
                f.condition("hold-honour-objection");
            }
            if (no(s.softwareCanPause())) {
                f.condition("hold-adapt-software-before-hold");
            }
            if (record && evidence && special) {
                f.condition("hold-special-category-evidence-only");
            }
        }
        if (lookup && yes(s.lineStaysOpen())) {
            f.condition("hold-keep-lookup-line-open");
        }
    }
}
