package org.workprivacy.rules.cli;

/** Exit codes of the command line, documented in the README. */
public final class ExitCode {
    /** A verdict was given (ALLOWED or DENIED), or the check/test run found nothing wrong. */
    public static final int OK = 0;
    /** {@code test}: at least one case failed; {@code check}: the rules have errors. */
    public static final int FAILED = 1;
    /**
     * {@code batch}: the run completed and every line was answered, but some lines got an error record
     * instead of a verdict (the same code as {@link #FAILED}: done, with failures to look at).
     */
    public static final int SOME_LINES_FAILED = 1;
    /** The command line itself was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The input could not be read: malformed JSON, unknown scenario or fact, wrong type, unreadable file. */
    public static final int BAD_INPUT = 3;
    /** The rules could not be loaded or a rule failed while deciding. */
    public static final int RULE_ERROR = 4;
    /** {@code serve}: the service could not listen on the address (port in use, not permitted). */
    public static final int CANNOT_SERVE = 5;
    /** The output or the decision log could not be written (closed pipe, full disk, unwritable file). */
    public static final int OUTPUT_FAILED = 6;

    private ExitCode() {
    }
}
