package org.workprivacy.rules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as a writer that remembers a failed write. {@link System#out} is a
 * PrintStream that swallows write errors where no writer on top can see them, so a full disk or a closed
 * pipe looked like success; this writes to file descriptor 1 directly, and {@link PrintWriter#checkError()}
 * (which flushes first) tells whether everything so far was delivered.
 */
final class StandardOutput {
    static final String FAILED = "error: the output could not be written (closed pipe or full disk); stopped";

    private StandardOutput() {
    }

    /** UTF-8 whatever the platform's default charset (a C locale would turn "privé" into "priv?"). */
    static PrintWriter open() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                true);
    }

    /** Flushes {@code out}; true when everything written to it so far was delivered. */
    static boolean delivered(PrintWriter out) {
        return !out.checkError();
    }

    /** Says on {@code err} that the output was lost and gives the exit code for it. */
    static int failed(PrintWriter err) {
        err.println(FAILED);
        err.flush();
        return ExitCode.OUTPUT_FAILED;
    }
}
