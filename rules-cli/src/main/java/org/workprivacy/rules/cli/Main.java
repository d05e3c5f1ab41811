package org.workprivacy.rules.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code workprivacy} command line: decide situations, check and test rule sets, serve decisions over HTTP. */
@Command(name = "workprivacy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Decides workplace-privacy questions with rules legal staff maintain.",
        subcommands = {DecideCommand.class, ExplainCommand.class, CheckCommand.class, TestCommand.class,
                InitCommand.class, ServeCommand.class, BatchCommand.class, SchemaCommand.class, GenerateCommand.class,
                AnalyzeCommand.class, RulebookCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:a verdict was given (ALLOWED or DENIED); batch: the run completed, bad lines included;"
                        + " check/test found no problem",
                "1:test: a case failed; check: the rules have errors; analyze: an invariant fails",
                "2:usage error (unknown command or option)",
                "3:bad input (malformed JSON, unknown scenario or fact, wrong type, unreadable file)",
                "4:the rules could not be loaded or a rule failed (batch: on some line)",
                "5:serve: cannot listen on the address (port in use, not permitted)",
                "6:the output or the decision log could not be written"})
public final class Main {
    /** Standard input, for commands that read it as it comes ({@code test --watch} stops at its end). */
    java.io.InputStream in = System.in;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the process's streams and returns its exit code. */
    public static int run(String... args) {
        return run(StandardOutput.open(),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /**
     * Runs the command line writing to the given streams; tests use this. Whatever the command, output
     * that could not be written (closed pipe, full disk) ends in exit code 6, never in a quiet success.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with {@code in} as standard input. */
    static int run(java.io.InputStream in, PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        main.in = in;
        CommandLine commandLine = new CommandLine(main);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        if (!StandardOutput.delivered(out) && code != ExitCode.OUTPUT_FAILED) {
            return StandardOutput.failed(err);
        }
        return code;
    }
}
