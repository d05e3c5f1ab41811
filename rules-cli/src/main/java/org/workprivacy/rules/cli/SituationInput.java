package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.json.SituationLimits;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import picocli.CommandLine.Parameters;

/** The situation a command decides: a JSON file, or standard input for "-". */
final class SituationInput {
    @Parameters(paramLabel = "FILE", description = "Situation JSON file, or - for standard input.")
    String file;

    /** The situation, or empty after telling on {@code err} why it cannot be read (exit code 3). */
    Optional<Situation> read(PrintWriter err) {
        int limit = SituationLimits.DEFAULT.maxDocumentChars();
        try {
            byte[] bytes = Input.read(file, System.in, limit);
            if (bytes.length > limit) {
                err.println("error: cannot read " + file + ": the input is longer than " + limit
                        + " bytes; a situation may have at most " + limit + " (1 MiB)");
                return Optional.empty();
            }
            return Optional.of(new SituationJson().read(bytes));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + Input.problem(e));
        } catch (InvalidSituationException e) {
            err.println("error: invalid situation in " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
