package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.batch.BatchOptions;
import org.workprivacy.rules.batch.BatchRun;
import org.workprivacy.rules.batch.BatchSummary;
import org.workprivacy.rules.batch.LineReader;
import org.workprivacy.rules.decisionlog.DecisionAudit;
import org.workprivacy.rules.decisionlog.DecisionLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Decides JSON Lines of situations: one result line per input line, in input order.",
                "Input: one {\"scenario\": ..., \"facts\": {...}} per line. Output: {\"line\": N, \"verdict\": {...}} "
                        + "or {\"line\": N, \"error\": {\"kind\": ..., \"field\": ..., \"message\": ...}}; a blank line gets an "
                        + "error record too. A summary goes to stderr. Exit code 1 when some lines got error records "
                        + "(every line is still answered). See docs/batch.md."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-",
            description = "JSON Lines file, or - for standard input (default).")
    String file;

    @Option(names = "--lang", defaultValue = "EN", converter = LanguageConverter.class,
            description = "Language of messages: en or nl (default: en).")
    Language language;

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "Copy this top-level field of each input line into the output as \"id\" "
                    + "(null when a line has none). It is taken off before the situation is read.")
    String idField;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + BatchOptions.DEFAULT_MAX_LINE_BYTES,
            description = "Longest line read, in bytes (default: ${DEFAULT-VALUE}); a longer one is skipped "
                    + "and gets an error record.")
    int maxLineBytes;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads deciding in parallel (default: one per core).")
    Integer threads;

    @Option(names = "--chunk-lines", paramLabel = "N", hidden = true,
            description = "Lines per chunk handed to a thread (tuning; default: " + BatchOptions.DEFAULT_CHUNK_LINES + ").")
    Integer chunkLines;

    @Option(names = "--window-bytes", paramLabel = "N", hidden = true,
            description = "Most text in flight, in bytes counted as in memory (tuning; default: an eighth of the heap,"
                    + " at most 64 MiB).")
    Long windowBytes;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    @Mixin
    RuleOptions rules;

    @Mixin
    DecisionLogOptions decisionLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchOptions options = options();
        InputStream input;
        try {
            input = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e);
            return ExitCode.BAD_INPUT;
        }
        Optional<DecisionLog> log = Optional.empty();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        try (InputStream in = input) {
            log = openLog(err);
            if (decisionLog.file != null && log.isEmpty()) {
                return ExitCode.OUTPUT_FAILED;
            }
            DecisionEngine engine = rules.engine();
            ProgressDisplay display = new ProgressDisplay(err, progress != null ? progress : ProgressDisplay.stderrIsTerminal());
            BatchSummary summary = new BatchRun(engine, DecisionAudit.of(log), options)
                    .run(in, StandardOutput.bytes(out), workers, (chunk, soFar, read) -> display.update(soFar));
            display.clear();
            err.println("summary: " + summary.text());
            if (summary.hasErrors()) {
                err.println("error: " + summary.errors() + " of " + summary.lines() + " lines got an error record "
                        + "instead of a verdict (see \"error\" in those output lines); exit code "
                        + (summary.ruleFailures() > 0 ? ExitCode.RULE_ERROR : ExitCode.SOME_LINES_FAILED));
            }
            err.flush();
            if (summary.ruleFailures() > 0) {
                return ExitCode.RULE_ERROR;
            }
            return summary.hasErrors() ? ExitCode.SOME_LINES_FAILED : ExitCode.OK;
        } catch (RuleSetException e) {
            err.println("error: rules: " + e.getMessage());
            return ExitCode.RULE_ERROR;
        } catch (BatchRun.InputFailure e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (BatchRun.OutputFailure e) {
            // A closed pipe (`| head`) or a full disk: stop; the decision log holds only the delivered lines.
            err.println("error: the output could not be written (closed pipe or full disk); the batch stopped after "
                    + e.delivered() + " delivered lines" + (decisionLog.file == null ? ""
                    : ", and the decision log holds the decisions among those lines only"));
            return ExitCode.OUTPUT_FAILED;
        } catch (BatchRun.DecisionLogFailure e) {
            err.println("error: cannot write the decision log " + decisionLog.file + ": " + e.getCause().getMessage()
                    + "; the batch stopped after " + e.delivered() + " lines, whose output was delivered");
            return ExitCode.OUTPUT_FAILED;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.OUTPUT_FAILED;
        } finally {
            workers.shutdownNow();
            log.ifPresent(DecisionLog::close);
        }
    }

    private BatchOptions options() {
        if (idField != null && (idField.equals("scenario") || idField.equals("facts"))) {
            throw new ParameterException(spec.commandLine(),
                    "--id-field cannot be \"" + idField + "\": that field is part of the situation");
        }
        if (maxLineBytes < 1 || maxLineBytes > LineReader.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(),
                    "--max-line-bytes must be between 1 and " + LineReader.MAX_LIMIT);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (chunkLines != null && chunkLines < 1) {
            throw new ParameterException(spec.commandLine(), "--chunk-lines must be at least 1");
        }
        if (windowBytes != null && windowBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--window-bytes must be at least 1");
        }
        BatchOptions defaults = threads == null ? BatchOptions.defaults() : BatchOptions.defaults().withThreads(threads);
        return defaults.withWindow(defaults.window(), chunkLines == null ? defaults.chunkLines() : chunkLines)
                .withWindowBytes(windowBytes == null ? defaults.windowBytes() : windowBytes)
                .withMaxLineBytes(maxLineBytes)
                .withIdField(Optional.ofNullable(idField))
                .withLanguage(language);
    }

    private Optional<DecisionLog> openLog(PrintWriter err) {
        try {
            return decisionLog.open();
        } catch (IOException e) {
            err.println("error: cannot open the decision log " + decisionLog.file + ": " + e);
            return Optional.empty();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "batch-decide-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
