package org.workprivacy.rules.bench.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times whole command-line processes from a cold JVM: wall clock from start to exit, after two
 * unmeasured runs so that the files are in the OS cache (and a CDS archive made on first run exists).
 */
final class ColdStart {
    private ColdStart() {
    }

    static Measurements.Cold measure(String label, Path directory, List<String> command, int runs)
            throws IOException, InterruptedException {
        for (int i = 0; i < 2; i++) {
            runOnce(directory, command);
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = runOnce(directory, command);
        }
        Arrays.sort(seconds);
        double mean = Arrays.stream(seconds).average().orElse(Double.NaN);
        double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
        return new Measurements.Cold(label, String.join(" ", command), mean, median, seconds[0], seconds[runs - 1], runs);
    }

    private static double runOnce(Path directory, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + " from: " + String.join(" ", command));
        }
        return elapsed / 1e9;
    }
}
