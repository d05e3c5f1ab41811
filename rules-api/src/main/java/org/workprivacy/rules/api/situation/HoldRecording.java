package org.workprivacy.rules.api.situation;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Recording or listening in on a customer call during one phase of that call (scenario
 * {@code hold-recording}). The question is always: may the organisation carry out {@code activity}
 * during {@code phase}? A {@code null} component means the caller did not state that fact.
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
 * @param lineStaysOpen          only for a short look-up pause: the line stays open (no hold function, no
 *                               music, no muting) and the caller knows the agent is still on the line and can hear
 * @param softwareCanPause       the telephone or recording system can stop recording and listening when the
 *                               caller is put on hold (automatically or at the agent's command)
 * @param holdAudioCutAfterwards the waiting-time audio is first recorded and removed from the recording
 *                               afterwards (by hand or automatically, for example by silence detection)
 */
@JsonClassDescription("May the organisation record or listen in on a customer call during the given phase of that "
        + "call?")
public record HoldRecording(
        @JsonPropertyDescription("The phase of the call the question is about: queue, conversation, a short look-up pause"
                + " inside the conversation, or hold.")
        Phase phase,
        @JsonPropertyDescription("What the organisation wants to do during that phase: record the audio, or listen in "
                + "live without taking part.")
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
        Boolean holdAudioCutAfterwards) implements Situation {

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
