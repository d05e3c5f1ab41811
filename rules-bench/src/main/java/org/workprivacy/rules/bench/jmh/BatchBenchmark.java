package org.workprivacy.rules.bench.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.json.VerdictJson;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.batch.BatchOptions;
import org.workprivacy.rules.batch.BatchRun;
import org.workprivacy.rules.batch.BatchSummary;
import org.workprivacy.rules.batch.InputLine;
import org.workprivacy.rules.batch.LineReader;
import org.workprivacy.rules.batch.LineResult;
import org.workprivacy.rules.batch.ResultJson;
import org.workprivacy.rules.batch.SituationGenerator;
import org.workprivacy.rules.batch.SituationLine;
import org.workprivacy.rules.drools.decide.DecisionEngines;

/**
 * The batch on the lines {@code workprivacy generate N --seed 7} makes (what {@code run.sh} feeds the whole
 * command), in process. One operation is the whole input of {@link #LINES} lines, so ops/s × LINES is
 * lines/s. {@code inProcess} is the JSON-line baseline on the same lines (read, decide, write, one line after
 * the other on the benchmark thread); {@code pipeline} is {@link BatchRun} with its reader, chunks, worker
 * threads and ordered writer, to a stream that drops the bytes; {@code split}, {@code parse},
 * {@code decide} and {@code write} are each stage alone. Run with
 * {@code -jvmArgsAppend -Dworkprivacy.rememberedVerdicts=0} for decisions without the verdict cache.
 */
@State(Scope.Benchmark)
public class BatchBenchmark {
    public static final int LINES = 4_000;

    @Param({"1", "2"})
    public int threads;

    private byte[] input;
    private String[] texts;
    private Situation[] situations;
    private List<LineResult> results;
    private DecisionEngine engine;
    private ExecutorService pool;
    private final SituationJson situationJson = new SituationJson();
    private final VerdictJson verdictJson = new VerdictJson();
    private final SituationLine situationLine = new SituationLine(Optional.of("id"));
    private final ResultJson resultJson = new ResultJson(true);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SituationGenerator generator = new SituationGenerator(7, 0);
        StringBuilder text = new StringBuilder();
        texts = new String[LINES];
        Set<String> distinct = new HashSet<>();
        for (int n = 1; n <= LINES; n++) {
            texts[n - 1] = generator.line(n);
            text.append(texts[n - 1]).append('\n');
            distinct.add(texts[n - 1].substring(texts[n - 1].indexOf(',')));
        }
        System.out.printf("%n%d lines, %d distinct situations (%.1f%% repeats)%n", LINES, distinct.size(),
                100.0 * (LINES - distinct.size()) / LINES);
        input = text.toString().getBytes(StandardCharsets.UTF_8);
        engine = DecisionEngines.bundled();
        situations = new Situation[LINES];
        results = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            SituationLine.Read read = (SituationLine.Read) situationLine.read(new InputLine.Text(i + 1, texts[i]));
            situations[i] = read.situation();
            results.add(new LineResult.Decided(i + 1, read.id(), "", read.situation(),
                    engine.decide(read.situation(), Language.EN), java.time.Instant.now()));
        }
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /** Baseline: each line read, decided and written on the benchmark thread (run it with threads=1). */
    @Benchmark
    public void inProcess(Blackhole sink) {
        for (String line : texts) {
            // A top-level "id" is accepted and ignored when reading a situation, as in `decide`.
            sink.consume(verdictJson.write(engine.decide(situationJson.read(line), Language.EN)));
        }
    }

    @Benchmark
    public BatchSummary pipeline() throws IOException {
        BatchOptions options = BatchOptions.defaults().withThreads(threads).withIdField(Optional.of("id"));
        return new BatchRun(engine, options).run(new ByteArrayInputStream(input), OutputStream.nullOutputStream(), pool,
                (chunk, soFar, read) -> { });
    }

    @Benchmark
    public void split(Blackhole sink) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(input), BatchOptions.DEFAULT_MAX_LINE_BYTES);
        for (Optional<InputLine> line = reader.next(); line.isPresent(); line = reader.next()) {
            sink.consume(line.get());
        }
    }

    @Benchmark
    public void parse(Blackhole sink) {
        for (int i = 0; i < LINES; i++) {
            sink.consume(situationLine.read(new InputLine.Text(i + 1, texts[i])));
        }
    }

    @Benchmark
    public void decide(Blackhole sink) {
        for (Situation situation : situations) {
            sink.consume(engine.decide(situation, Language.EN));
        }
    }

    @Benchmark
    public byte[] write() {
        return resultJson.write(results);
    }
}
