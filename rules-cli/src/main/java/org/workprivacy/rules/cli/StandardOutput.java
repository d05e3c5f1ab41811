package org.workprivacy.rules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** The writer on file descriptor 1, once opened. */
    private static volatile PrintWriter opened;

    private StandardOutput() {
    }

    /** UTF-8 whatever the platform's default charset (a C locale would turn "privé" into "priv?"). */
    static PrintWriter open() {
        opened = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                true);
        return opened;
    }

    /**
     * {@code out} as a byte stream for output written as ready-made UTF-8 (the batch's JSON Lines): the
     * process's file descriptor 1 itself when {@code out} is the writer {@link #open()} made (nothing is
     * buffered in between, and a failed write throws), otherwise a stream that decodes into {@code out}
     * (tests) and throws when {@code out} reports an error. Writes must end on whole characters.
     */
    static OutputStream bytes(PrintWriter out) {
        if (out == opened) {
            out.flush();
            return new FileOutputStream(FileDescriptor.out);
        }
        return new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException("write whole characters");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                out.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() throws IOException {
                if (out.checkError()) {
                    throw new IOException("the output could not be written");
                }
            }
        };
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
