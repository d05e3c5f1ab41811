package org.workprivacy.rules.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.workprivacy.rules.batch.SituationGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Hidden helper for load runs: {@code workprivacy generate 1000000 > situations.jsonl}. */
@Command(name = "generate", hidden = true, mixinStandardHelpOptions = true,
        description = "Writes COUNT random situations as JSON Lines (each with an \"id\"), for trying batch.")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "COUNT", description = "Number of lines.")
    long count;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bad-every", paramLabel = "K", defaultValue = "0",
            description = "Make every K-th line a bad one (malformed, unknown scenario/fact/value, wrong type, blank).")
    int badEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SituationGenerator generator = new SituationGenerator(seed, badEvery);
        for (long n = 1; n <= count; n++) {
            out.write(generator.line(n));
            out.write('\n');
            if (n % 4096 == 0 && !StandardOutput.delivered(out)) {
                return StandardOutput.failed(spec.commandLine().getErr()); // a closed pipe: stop, don't generate on
            }
        }
        return StandardOutput.delivered(out) ? ExitCode.OK : StandardOutput.failed(spec.commandLine().getErr());
    }
}
