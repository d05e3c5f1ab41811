package org.workprivacy.rules.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.workprivacy.rules.decisionlog.DecisionLog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --decision-log FILE [--log-facts]}: append one JSON line per decision to an audit file. */
final class DecisionLogOptions {
    @Option(names = "--decision-log", paramLabel = "FILE",
            description = "Append one JSON line per decision to FILE: time, rule-set version, scenario, outcome, "
                    + "reason and condition codes, missing facts.")
    Path file;

    @Option(names = "--log-facts",
            description = "Also write the situation's facts into the decision log (they can be personal data).")
    boolean facts;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Opens the log if one was asked for; {@code --log-facts} alone is a usage error. */
    Optional<DecisionLog> open() throws IOException {
        if (file == null) {
            if (facts) {
                throw new ParameterException(spec.commandLine(), "--log-facts needs --decision-log FILE");
            }
            return Optional.empty();
        }
        return Optional.of(DecisionLog.appendTo(file, facts ? DecisionLog.Facts.INCLUDE : DecisionLog.Facts.OMIT));
    }
}
