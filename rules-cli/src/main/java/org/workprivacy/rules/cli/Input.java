package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an input given as a file name, or standard input for "-", never more than a limit. */
final class Input {
    private Input() {
    }

    /**
     * At most {@code limit + 1} bytes of the input: one more than allowed tells that it is too long,
     * without reading the rest (which may never end: {@code decide /dev/zero}).
     */
    static byte[] read(String fileOrDash, InputStream stdin, int limit) throws IOException {
        if ("-".equals(fileOrDash)) {
            return stdin.readNBytes(limit + 1);
        }
        try (InputStream in = Files.newInputStream(Path.of(fileOrDash))) {
            return in.readNBytes(limit + 1);
        }
    }

    /**
     * Why a file could not be read, in plain words: the JDK's messages for the common cases are only the
     * file name again ("cannot read reset.json: reset.json").
     */
    static String problem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
