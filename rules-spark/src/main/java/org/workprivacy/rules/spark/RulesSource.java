package org.workprivacy.rules.spark;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which rules decide: those bundled in the jar, or a rules directory on the driver's file system, whose
 * files are checked on the driver and shipped to the executors as bytes (executors need no shared
 * file system).
 */
public sealed interface RulesSource permits RulesSource.Bundled, RulesSource.Directory {

    /** The rule set bundled with the library. */
    static RulesSource bundled() {
        return new Bundled();
    }

    /** The rule files below {@code directory} (as {@code workprivacy batch --rules DIR}). */
    static RulesSource directory(Path directory) {
        return new Directory(directory);
    }

    /** The rule set bundled with the library. */
    record Bundled() implements RulesSource {
    }

    /** The rule files below a directory on the driver. */
    record Directory(Path path) implements RulesSource {
        public Directory {
            Objects.requireNonNull(path, "path");
        }
    }
}
