package org.workprivacy.rules.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.drools.check.TestSession;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The authoring loop in a warm JVM (the runner uses single-shot mode after warm-up shots): one rule file changed
 * (the out-of-office permission of a password reset flipped between allow and deny on every shot), then
 * <ul>
 *   <li>{@code testAgain}: what {@code workprivacy test --watch} does before it prints the casebook results: build
 *       the scenarios the edit affects and run their casebooks ({@link TestSession#casebooks});</li>
 *   <li>{@code testAgainWithInvariants}: the same, then the invariants of those scenarios (the whole rerun report);</li>
 *   <li>{@code testFromScratch}: the baseline for both, in the same warm JVM: what a fresh {@code test} runs before
 *       its invariants (every scenario built, every casebook run);</li>
 *   <li>{@code serveReload}: what {@code serve --watch} and {@code POST /v1/reload} do: reread the rules directory
 *       and rebuild the whole rule set ({@link ReloadableEngine#reload}).</li>
 * </ul>
 * All bundled rules (five scenarios) are in the directory, as legal staff's copy would be.
 */
@State(Scope.Benchmark)
public class AuthoringLoopBenchmark {
    static final String EDITED = "org/workprivacy/rules/outofoffice/out-of-office.dslr";
    private static final String ALLOW = "    - a server-side reply is not possible\n    - nobody opens any mail\nthen\n    allow";
    private static final String DENY = "    - a server-side reply is not possible\n    - nobody opens any mail\nthen\n    deny";

    private RuleSetFiles original;
    private RuleSetFiles flipped;
    private TestSession session;
    private Path directory;
    private ReloadableEngine engine;
    private boolean denying;
    private long edits;
    private RuleSetFiles next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        original = RuleSetFiles.fromClasspath();
        flipped = new RuleSetFiles(original.origin(), original.files().stream()
                .map(f -> f.path().equals(EDITED) ? new RuleFile(f.path(), flip(f.content())) : f).toList());
        session = new TestSession(BuildTimeLimit.DEFAULT);
        session.casebooks(original);
        session.invariants();
        directory = Files.createTempDirectory("workprivacy-authoring");
        for (RuleFile file : original.files()) {
            Path target = directory.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        engine = DecisionEngines.fromDirectory(directory);
    }

    private static String flip(String dslr) {
        if (!dslr.contains(ALLOW)) {
            throw new IllegalStateException(EDITED + " no longer has the permission this benchmark flips");
        }
        return dslr.replace(ALLOW, DENY);
    }

    /**
     * Every shot sees one edit: the file flips between its two versions, on disk (atomically) and in memory,
     * with a comment that makes each shot's text new, as a real save is: nothing read or parsed for an earlier
     * shot can be reused.
     */
    @Setup(Level.Invocation)
    public void edit() throws IOException {
        denying = !denying;
        edits++;
        RuleSetFiles base = denying ? flipped : original;
        next = new RuleSetFiles(base.origin(), base.files().stream()
                .map(f -> f.path().equals(EDITED) ? new RuleFile(f.path(), f.content() + "\n// edit " + edits + "\n") : f)
                .toList());
        RuleFile file = next.files().stream().filter(f -> f.path().equals(EDITED)).findFirst().orElseThrow();
        Path path = directory.resolve(EDITED);
        Path temporary = path.resolveSibling("edit.tmp");
        Files.writeString(temporary, file.content());
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
    }

    @Benchmark
    public TestSession.Casebooks testAgain() {
        return session.casebooks(next);
    }

    @Benchmark
    public Analysis testAgainWithInvariants() {
        session.casebooks(next);
        return session.invariants();
    }

    @Benchmark
    public TestSession.Casebooks testFromScratch() {
        return new TestSession(BuildTimeLimit.DEFAULT).casebooks(next);
    }

    @Benchmark
    public ReloadResult serveReload() {
        ReloadResult result = engine.reload();
        if (!result.changed()) {
            throw new IllegalStateException("the reload saw no change: " + result);
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
