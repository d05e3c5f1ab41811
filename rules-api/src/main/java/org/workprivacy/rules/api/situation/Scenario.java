package org.workprivacy.rules.api.situation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The scenarios the library decides, with the stable ids used in JSON, files and the command line. */
public enum Scenario {
    SUBJECT_LINE("subject-line", SubjectLine.class),
    OUT_OF_OFFICE("out-of-office", OutOfOffice.class),
    CHAT_MONITORING("chat-monitoring", ChatMonitoring.class),
    MAILBOX_RETENTION("mailbox-retention", MailboxRetention.class),
    HOLD_RECORDING("hold-recording", HoldRecording.class);

    private final String id;
    private final Class<? extends Situation> situationType;

    Scenario(String id, Class<? extends Situation> situationType) {
        this.id = id;
        this.situationType = situationType;
    }

    /** The stable id used in JSON ({@code "scenario"}), file names and the command line. */
    public String id() {
        return id;
    }

    /** The record that holds this scenario's facts. */
    public Class<? extends Situation> situationType() {
        return situationType;
    }

    /** The scenario with this {@link #id()}, if any. */
    public static Optional<Scenario> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** Every scenario's {@link #id()}, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Scenario::id).toList();
    }

    private static final Scenario[] ALL = values();

    /** Called on every decision: a plain loop over a cached array (values() copies, streams allocate). */
    static Scenario of(Situation situation) {
        for (Scenario scenario : ALL) {
            if (scenario.situationType == situation.getClass()) {
                return scenario;
            }
        }
        throw new IllegalStateException("no scenario for " + situation.getClass());
    }
}
