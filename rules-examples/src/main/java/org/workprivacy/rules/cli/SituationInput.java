package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import picocli.CommandLine.Parameters;

/** The situation a command decides: a JSON file, or standard input for "-". */
final class SituationInput {
    @Parameters(paramLabel = "FILE", description = "Situation JSON file, or - for standard input.")
    String file;

    /** The situation, or empty after telling on {@code err} why it cannot be read (exit code 3). */
    Optional<Situation> read(PrintWriter err) {
        try {
            return Optional.of(new SituationJson().read(Input.read(file, System.in)));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
        } catch (InvalidSituationException e) {
            err.println("error: invalid situation in " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
