package org.workprivacy.rules.drools.decide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small rule set written to a temporary directory, for tests of the engine's own semantics. */
final class RuleDirectory {
    static final String HEADER = """
            package test;
            import org.workprivacy.rules.api.situation.OutOfOffice;
            import org.workprivacy.rules.api.situation.OutOfOffice.Action;
            global org.workprivacy.rules.drools.decide.VerdictCollector verdict;
            """;

    private RuleDirectory() {
    }

    static Path write(Path dir, String drlBody) {
        try {
            Files.writeString(dir.resolve("messages_en.properties"), "t-allow=allowed\nt-deny=denied\n");
            Files.writeString(dir.resolve("test.drl"), HEADER + drlBody);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rule(String name, String code, String when, String then) {
        return "rule \"" + name + "\" @code(\"" + code + "\") @legalBasis(\"GDPR art. 5(1)(c)\")\nwhen\n    "
                + when + "\nthen\n    " + then + "\nend\n";
    }
}
