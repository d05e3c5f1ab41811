package org.workprivacy.rules.drools.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** Copies of the bundled rule set written to a directory, for engines built from files and reloaded. */
public final class RuleCopies {
    private RuleCopies() {
    }

    /** Writes the bundled rules below {@code directory}, each file's text passed through {@code edit}. */
    public static Path write(Path directory, UnaryOperator<RuleFile> edit) {
        try {
            for (RuleFile file : RuleSetFiles.fromClasspath().files()) {
                RuleFile edited = edit.apply(file);
                Path target = directory.resolve(edited.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, edited.content());
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path temporaryCopy(UnaryOperator<RuleFile> edit) {
        try {
            return write(Files.createTempDirectory("rules-copy"), edit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
