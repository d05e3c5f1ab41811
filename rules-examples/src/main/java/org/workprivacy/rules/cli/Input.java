package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole input given as a file name, or standard input for "-". */
final class Input {
    private Input() {
    }

    static String read(String fileOrDash, InputStream stdin) throws IOException {
        if ("-".equals(fileOrDash)) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of(fileOrDash), StandardCharsets.UTF_8);
    }
}
