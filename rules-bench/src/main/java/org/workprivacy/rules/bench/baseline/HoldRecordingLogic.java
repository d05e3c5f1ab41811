package org.workprivacy.rules.bench.baseline;

import static org.workprivacy.rules.bench.baseline.Facts.no;
import static org.workprivacy.rules.bench.baseline.Facts.yes;

import org.workprivacy.rules.api.situation.HoldRecording;
import org.workprivacy.rules.api.situation.HoldRecording.Activity;
import org.workprivacy.rules.api.situation.HoldRecording.Phase;
import org.workprivacy.rules.api.situation.HoldRecording.Purpose;

/** hold-recording.drl by hand. */
final class HoldRecordingLogic {
    private HoldRecordingLogic() {
    }

    static void decide(HoldRecording s, Findings f) {
        Phase phase = s.phase();
        boolean lookup = phase == Phase.SHORT_LOOKUP_HOLD;
        boolean waiting = phase == Phase.QUEUE || phase == Phase.HOLD || (lookup && no(s.lineStaysOpen()));
        boolean open = phase == null || phase == Phase.CONVERSATION
                || (lookup && (s.lineStaysOpen() == null || yes(s.lineStaysOpen())));
        boolean permitted = phase == Phase.CONVERSATION || (lookup && yes(s.lineStaysOpen()));
        boolean record = s.activity() == Activity.RECORD;
        boolean listen = s.activity() == Activity.LISTEN_IN;
        boolean coaching = s.purpose() == Purpose.TRAINING || s.purpose() == Purpose.QUALITY;
        boolean informed = yes(s.callerInformed()) && yes(s.agentsInformed());

        if (phase == null) {
            f.missing("phase");
        }
        if (s.activity() == null) {
            f.missing("activity");
        }
        if (lookup && s.lineStaysOpen() == null) {
            f.missing("lineStaysOpen");
        }
        if (open && s.purpose() == null) {
            f.missing("purpose");
        }
        if (open && s.callerInformed() == null) {
            f.missing("callerInformed");
        }
        if (open && s.agentsInformed() == null) {
            f.missing("agentsInformed");
        }

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
        if (open && s.purpose() == Purpose.NONE) {
            f.deny("hold-no-stated-purpose");
        }
        if (open && no(s.callerInformed())) {
            f.deny("hold-caller-not-informed");
        }
        if (open && no(s.agentsInformed())) {
            f.deny("hold-agents-not-informed");
        }
        if (open && listen && s.purpose() == Purpose.EVIDENCE) {
            f.deny("hold-listen-in-not-for-evidence");
        }

        if (permitted && informed && record && s.purpose() == Purpose.EVIDENCE) {
            f.allow("hold-record-conversation-evidence");
        }
        if (permitted && informed && record && coaching) {
            f.allow("hold-record-conversation-training-quality");
        }
        if (permitted && informed && listen && coaching) {
            f.allow("hold-listen-in-conversation-coaching");
        }

        if (permitted && s.activity() != null) {
            f.condition("hold-pause-during-hold");
            f.condition("hold-works-council-consent");
        }
        if (permitted && record) {
            f.condition("hold-limit-retention");
            f.condition("hold-restrict-access");
        }
        if (permitted && s.activity() != null && coaching) {
            f.condition("hold-honour-objection");
        }
        if (s.activity() != null && lookup && yes(s.lineStaysOpen())) {
            f.condition("hold-keep-lookup-line-open");
        }
        if (permitted && s.activity() != null && no(s.softwareCanPause())) {
            f.condition("hold-adapt-software-before-hold");
        }
    }
}
