package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.workprivacy.rules.api.facts.Question;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Recording or listening in on a customer call during one phase of that call (scenario
 * {@code hold-recording}). The question is always: may the organisation carry out {@code activity}
 * during {@code phase}? A {@code null} component means the caller did not state that fact; the engine
 * asks only for a fact whose value would change the outcome.
 *
 * @param phase                  the phase of the call the question is about: waiting in the queue, the
 *                               conversation itself, a short look-up pause inside the conversation, or a hold
 * @param activity               what the organisation wants to do during that phase: record the audio, or
 *                               listen in live without taking part
 * @param purpose                the purpose stated in advance for the recording or listening: evidence of
 *                               what was said or agreed, training agents, quality assessment, or none
 * @param callerInformed         callers are told, before the conversation starts, that the call is recorded
 *                               or may be listened to and for which purpose
 * @param agentsInformed         the agents (employees) were told in advance, in a policy they can consult,
 *                               when and why their calls are recorded or listened to and who has access
 * @param lineStaysOpen          only for a short look-up pause (ignored in other phases): the line stays open
 *                               (no hold function, no music, no muting) and the caller knows the agent is still
 *                               on the line and can hear
 * @param softwareCanPause       the telephone or recording system can stop recording and listening when the
 *                               caller is put on hold (automatically or at the agent's command)
 * @param holdAudioCutAfterwards the waiting-time audio is first recorded and removed from the recording
 *                               afterwards (by hand or automatically, for example by silence detection)
 * @param specialCategoryData    callers discuss special categories of personal data (GDPR art. 9(1)) in
 *                               these calls, typically their health (an insurer, a health-care provider)
 * @param lessIntrusiveMeansInsufficient for recording for training or quality: less intrusive means (live
 *                               coaching, a supervisor listening in on a sample, role play, customer
 *                               feedback) were weighed and do not serve the purpose
 * @param worksCouncil           whether the agents' employer has a works council and, if so, whether it
 *                               consented to the recording or listening-in arrangement (WOR art. 27(1)(l))
 * @param callCentreRole         who takes the calls: the organisation's own staff, or an outsourced call
 *                               centre acting as processor, with or without a processor agreement
 * @param dpiaDone               a data protection impact assessment of the recording or listening in was
 *                               carried out, and its measures taken, before it starts
 */
@JsonClassDescription("May the organisation record or listen in on a customer call during the given phase of that "
        + "call?")
public record HoldRecording(
        @JsonPropertyDescription("The phase of the call the question is about: queue, conversation, a short look-up pause"
                + " inside the conversation, or hold.")
        @Question
        Phase phase,
        @JsonPropertyDescription("What the organisation wants to do during that phase: record the audio, or listen in "
                + "live without taking part.")
        @Question
        Activity activity,
        @JsonPropertyDescription("The purpose stated in advance: evidence of what was said or agreed, training agents, "
                + "quality assessment, or none.")
        Purpose purpose,
        @JsonPropertyDescription("Callers are told, before the conversation starts, that the call is recorded or may be "
                + "listened to, and for which purpose.")
        Boolean callerInformed,
        @JsonPropertyDescription("Agents were told in advance, in a policy they can consult, when and why their calls are"
                + " recorded or listened to and who has access.")
        Boolean agentsInformed,
        @JsonPropertyDescription("Short look-up pause only: the line stays open (no hold, music or muting) and the caller"
                + " knows the agent can still hear.")
        Boolean lineStaysOpen,
        @JsonPropertyDescription("The telephone or recording system can stop recording and listening when the caller is "
                + "put on hold.")
        Boolean softwareCanPause,
        @JsonPropertyDescription("The waiting-time audio is recorded first and removed from the recording afterwards.")
        Boolean holdAudioCutAfterwards,
        @JsonPropertyDescription("Callers discuss special categories of personal data (GDPR art. 9(1)) in these calls, "
                + "typically their health.")
        Boolean specialCategoryData,
        @JsonPropertyDescription("Recording for training or quality: less intrusive means (live coaching, listening in on"
                + " a sample, role play) were weighed and do not serve the purpose.")
        Boolean lessIntrusiveMeansInsufficient,
        @JsonPropertyDescription("Whether the agents' employer has a works council and, if so, whether it consented to "
                + "the recording or listening-in arrangement.")
        WorksCouncilStatus worksCouncil,
        @JsonPropertyDescription("Who takes the calls: the organisation's own staff, or an outsourced call centre as "
                + "processor, with or without a processor agreement.")
        CallCentreRole callCentreRole,
        @JsonPropertyDescription("A data protection impact assessment (DPIA) of the recording or listening in was carried"
                + " out, and its measures taken, before it starts.")
        Boolean dpiaDone) implements Situation {

    /** The phase of the call the question is about. */
    public enum Phase {
        /** The caller waits before any agent has answered (menu, queue music). */
        @JsonProperty("queue") QUEUE,
        /** The caller and the agent are talking with each other. */
        @JsonProperty("conversation") CONVERSATION,
        /** A brief pause inside the conversation while the agent looks something up for this caller. */
        @JsonProperty("short-lookup-hold") SHORT_LOOKUP_HOLD,
        /** The agent has put the caller on hold (music or silence, agent away, consulting, transferring). */
        @JsonProperty("hold") HOLD
    }

    /** What the organisation wants to do during the phase. */
    public enum Activity {
        /** Record the audio of the call. */
        @JsonProperty("record") RECORD,
        /** Listen live without taking part: a supervisor or coach joining silently, or the agent hearing a held caller. */
        @JsonProperty("listen-in") LISTEN_IN
    }

    /** Whether the agents' employer has a works council and whether it consented to the arrangement. */
    public enum WorksCouncilStatus {
        /** There is no works council (for a personnel representation, PVT, under WOR art. 35c see docs/scenarios/hold-recording.md). */
        @JsonProperty("no-works-council") NO_WORKS_COUNCIL,
        /** The works council consented to the arrangement for recording or listening in. */
        @JsonProperty("consented") CONSENTED,
        /** There is a works council, but it has not consented (refused, or was never asked). */
        @JsonProperty("not-consented") NOT_CONSENTED
    }

    /** Who takes the calls. */
    public enum CallCentreRole {
        /** The organisation's own staff take the calls. */
        @JsonProperty("internal") INTERNAL,
        /** An outsourced call centre processes the calls on the organisation's behalf under a processor agreement (GDPR art. 28(3)). */
        @JsonProperty("processor-with-agreement") PROCESSOR_WITH_AGREEMENT,
        /** An outsourced call centre processes the calls on the organisation's behalf without a processor agreement. */
        @JsonProperty("processor-without-agreement") PROCESSOR_WITHOUT_AGREEMENT
    }

    /** The purpose stated in advance for the recording or listening. */
    public enum Purpose {
        /** Evidence of what was said or agreed, for example a customer accepting an offer or a caller turning abusive. */
        @JsonProperty("evidence") EVIDENCE,
        /** Training and coaching agents. */
        @JsonProperty("training") TRAINING,
        /** Assessing and improving service quality, including the agents' performance. */
        @JsonProperty("quality") QUALITY,
        /** No specific purpose: recorded just in case, or because the system does it by default. */
        @JsonProperty("none") NONE
    }
}
