package org.workprivacy.rules.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.decisionlog.DecisionAudit;
import org.workprivacy.rules.decisionlog.Delivery;

/**
 * Decides a JSON Lines stream of situations: one output line per input line, in input order. The calling
 * thread reads lines into chunks and hands each to the executor; at most {@link BatchOptions#window()}
 * chunks and about {@link BatchOptions#windowBytes()} of text are in flight, and the oldest is written
 * (waiting for it if need be) before another is let in. So the threads decide in parallel, the output keeps
 * the input's order, and memory stays bounded however long the input and its lines are.
 *
 * <p>Each chunk decides through its own {@link Delivery}, whose decisions reach the decision log only once
 * the chunk's output was written and flushed without error, so the log never holds a decision the output
 * did not deliver; an output that fails stops the run ({@link OutputFailure}). The listener (progress)
 * hears of each chunk after that.
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

    /**
     * The decision log could not be written for a chunk whose output was delivered; the lines before
     * {@code delivered} (those of this chunk included) were written.
     */
    public static final class DecisionLogFailure extends IOException {
        private final long delivered;

        DecisionLogFailure(long delivered, IOException cause) {
            super("the decision log could not be written: " + cause.getMessage(), cause);
            this.delivered = delivered;
        }

        public long delivered() {
            return delivered;
        }
    }

    /** A chunk decided: its results, their JSON Lines as UTF-8 bytes, and the decisions to log once written. */
    private record ChunkOutput(List<LineResult> results, byte[] bytes, Delivery delivery) {
    }

    private final DecisionEngine engine;
    private final DecisionAudit audit;
    private final BatchOptions options;
    private final BatchDecider decider;
    private final ResultJson resultJson;

    public BatchRun(DecisionEngine engine, BatchOptions options) {
        this(engine, DecisionAudit.none(), options);
    }

    /** Decides with {@code engine}, logging each decision to {@code audit} once its output line was delivered. */
    public BatchRun(DecisionEngine engine, DecisionAudit audit, BatchOptions options) {
        this.engine = engine;
        this.audit = audit;
        this.options = options;
        this.decider = new BatchDecider(options.idField(), options.language());
        this.resultJson = new ResultJson(options.idField().isPresent());
    }

    /**
     * Runs the batch. Input read errors throw {@link InputFailure}; output errors {@link OutputFailure};
     * decision-log errors {@link DecisionLogFailure}; listener errors themselves. Either way the lines not
     * yet written are dropped, and their decisions are not logged.
     */
    public BatchSummary run(InputStream input, OutputStream output, Executor executor, Listener listener)
            throws IOException {
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

    /** On a worker: reads, decides and serializes a whole chunk, so the writing thread only copies bytes. */
    private ChunkOutput decide(List<InputLine> chunk) {
        Delivery delivery = audit.delivery(engine);
        List<LineResult> results = new ArrayList<>(chunk.size());
        for (InputLine line : chunk) {
            results.add(decider.decide(delivery, line));
        }
        return new ChunkOutput(results, resultJson.write(results), delivery);
    }

    private static BatchSummary write(ChunkOutput chunk, BatchSummary summary, long start, OutputStream output,
                                      Listener listener, long linesRead) throws IOException {
        try {
            output.write(chunk.bytes());
            output.flush();
        } catch (IOException e) {
            throw new OutputFailure(summary.lines());
        }
        BatchSummary counted = summary;
        for (LineResult result : chunk.results()) {
            counted = counted.plus(result);
        }
        try {
            // Logged only now that the chunk's output was delivered: the log never claims an undelivered verdict.
            chunk.delivery().delivered();
        } catch (IOException e) {
            throw new DecisionLogFailure(counted.lines(), e);
        }
        counted = counted.after(Duration.ofNanos(System.nanoTime() - start));
        listener.written(chunk.results(), counted, linesRead);
        return counted;
    }
}
