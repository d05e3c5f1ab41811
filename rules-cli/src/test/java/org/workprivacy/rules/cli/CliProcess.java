package org.workprivacy.rules.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line run as its own process, on this test's class path: what reaches the real stdout and stderr. */
final class CliProcess {
    private CliProcess() {
    }

    /** A process builder for {@code java [jvmOptions] Main args}; the caller chooses where stdout goes. */
    static ProcessBuilder builder(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs to the end with stdout going to {@code stdout}; returns the exit code, stderr in {@code stderr}. */
    static int run(File stdout, File stderr, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Process process = builder(jvmOptions, args)
                .redirectOutput(stdout).redirectError(stderr).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        return process.waitFor();
    }
}
