package org.workprivacy.rules.api.situation;

/**
 * The facts of one workplace-privacy question. Each scenario has its own record; a component that is
 * {@code null} means the caller did not state that fact, which the rules treat as missing (fail closed).
 */
public sealed interface Situation permits SubjectLine, OutOfOffice, ChatMonitoring, MailboxRetention, HoldRecording {

    /** The scenario this situation belongs to. */
    default Scenario scenario() {
        return Scenario.of(this);
    }
}
