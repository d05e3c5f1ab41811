package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.InputStream;
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
}
