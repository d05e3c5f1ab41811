package org.workprivacy.rules.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Decides a JSON Lines stream of situations: one output line per input line, in input order. The calling
 * thread reads lines into chunks and hands each to the executor; at most {@link BatchOptions#window()}
 * chunks and about {@link BatchOptions#windowBytes()} of text are in flight, and the oldest is written
 * (waiting for it if need be) before another is let in. So the threads decide in parallel, the output keeps
 * the input's order, and memory stays bounded however long the input and its lines are.
 *
 * <p>The listener hears of a chunk only once its text was written and flushed without error, so a decision
 * log kept by the listener never holds a decision the output did not deliver; an output that fails stops
 * the run ({@link OutputFailure}).
 */
public final class BatchRun {
    /** Told about each chunk once it has been written, on the calling thread, in input order. */
    public interface Listener {
        /**
         * @param chunk     the results just written
         * @param soFar     counts up to and including this chunk
         * @param linesRead lines read from the input so far (read ahead of the written ones by the window)
         */
        void written(List<LineResult> chunk, BatchSummary soFar, long linesRead) throws IOException;
    }

    /** Reading the input failed part-way (the output holds the lines before {@code afterLine}). */
    public static final class InputFailure extends IOException {
        private final long afterLine;

        InputFailure(long afterLine, IOException cause) {
            super("reading the input failed after line " + afterLine + ": " + cause.getMessage(), cause);
            this.afterLine = afterLine;
        }

        public long afterLine() {
            return afterLine;
        }
    }

    /** Writing the output failed (closed pipe, full disk); the lines before {@code delivered} were written. */
    public static final class OutputFailure extends IOException {
        private final long delivered;

        OutputFailure(long delivered) {
            super("the output could not be written (closed pipe or full disk) after line " + delivered);
            this.delivered = delivered;
        }

        /** Lines whose output was delivered before the failure. */
        public long delivered() {
            return delivered;
        }
    }

    private record ChunkOutput(List<LineResult> results, String text) {
    }

    private final DecisionEngine engine;
    private final BatchOptions options;
    private final SituationLine situationLine;
    private final ResultJson resultJson;

    public BatchRun(DecisionEngine engine, BatchOptions options) {
        this.engine = engine;
        this.options = options;
        this.situationLine = new SituationLine(options.idField());
        this.resultJson = new ResultJson(options.idField().isPresent());
    }

    /**
     * Runs the batch. Input read errors throw {@link InputFailure}; output and listener errors other
     * IOExceptions. Either way the lines not yet written are dropped.
     */
    public BatchSummary run(InputStream input, Writer output, Executor executor, Listener listener) throws IOException {
        long start = System.nanoTime();
        LineReader reader = new LineReader(input, options.maxLineBytes());
        OrderedWindow<ChunkOutput> window = new OrderedWindow<>(options.window(), options.windowBytes());
        BatchSummary summary = BatchSummary.empty();
        long linesRead = 0;
        try {
            while (true) {
                if (window.isFull()) {
                    summary = write(window.awaitOldest(), summary, start, output, listener, linesRead);
                }
                List<InputLine> chunk = nextChunk(reader, linesRead);
                if (chunk.isEmpty()) {
                    break;
                }
                long bytes = chunk.stream().mapToLong(InputLine::weight).sum();
                while (!window.fits(bytes)) {
                    // Huge lines: fewer chunks in flight, so that many threads cannot hold many of them at once.
                    summary = write(window.awaitOldest(), summary, start, output, listener, linesRead);
                }
                linesRead += chunk.size();
                window.add(CompletableFuture.supplyAsync(() -> decide(chunk), executor), bytes);
            }
            while (!window.isEmpty()) {
                summary = write(window.awaitOldest(), summary, start, output, listener, linesRead);
            }
        } finally {
            window.cancelAll();
        }
        return summary.after(Duration.ofNanos(System.nanoTime() - start));
    }

    private List<InputLine> nextChunk(LineReader reader, long linesRead) throws InputFailure {
        List<InputLine> chunk = new ArrayList<>();
        long weight = 0;
        try {
            while (chunk.size() < options.chunkLines() && weight < options.chunkBytes()) {
                Optional<InputLine> line = reader.next();
                if (line.isEmpty()) {
                    break;
                }
                chunk.add(line.get());
                weight += line.get().weight();
            }
        } catch (InputFailure e) {
            throw e;
        } catch (IOException e) {
            throw new InputFailure(linesRead + chunk.size(), e);
        }
        return chunk;
    }

    private ChunkOutput decide(List<InputLine> chunk) {
        List<LineResult> results = new ArrayList<>(chunk.size());
        for (InputLine line : chunk) {
            results.add(decide(line));
        }
        return new ChunkOutput(results, resultJson.write(results));
    }

    private LineResult decide(InputLine line) {
        SituationLine.Reading reading = situationLine.read(line);
        if (reading instanceof SituationLine.Unreadable unreadable) {
            return new LineResult.Failed(line.number(), unreadable.id(), unreadable.field(), unreadable.message(), false);
        }
        SituationLine.Read read = (SituationLine.Read) reading;
        try {
            Verdict verdict = engine.decide(read.situation(), options.language());
            return new LineResult.Decided(line.number(), read.id(), read.situation(), verdict, Instant.now());
        } catch (RuleSetException e) {
            return new LineResult.Failed(line.number(), read.id(), "", e.getMessage(), true);
        } catch (RuntimeException e) {
            // Fail closed: whatever went wrong, this line gets no verdict, and the run goes on.
            return new LineResult.Failed(line.number(), read.id(), "", "deciding failed: " + e, true);
        }
    }

    private static BatchSummary write(ChunkOutput chunk, BatchSummary summary, long start, Writer output,
                                      Listener listener, long linesRead) throws IOException {
        try {
            output.write(chunk.text());
            output.flush();
        } catch (IOException e) {
            throw new OutputFailure(summary.lines());
        }
        if (output instanceof PrintWriter printWriter && printWriter.checkError()) {
            throw new OutputFailure(summary.lines());
        }
        BatchSummary counted = summary;
        for (LineResult result : chunk.results()) {
            counted = counted.plus(result);
        }
        counted = counted.after(Duration.ofNanos(System.nanoTime() - start));
        listener.written(chunk.results(), counted, linesRead);
        return counted;
    }
}
