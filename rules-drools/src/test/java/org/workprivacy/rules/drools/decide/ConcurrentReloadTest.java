package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CaseSpec;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.properties.RuleCopies;

/**
 * Eight threads decide every casebook situation while another thread switches the rules directory
 * between two versions and reloads. Every verdict must be exactly the single-threaded verdict of the
 * version it names: no exception, no verdict from a mix of the two versions.
 */
class ConcurrentReloadTest {
    private static final String FLIPPED_FILE = "org/workprivacy/rules/holdrecording/hold-recording.dslr";
    private static final int DECIDERS = 8;
    /** To version A and back to B: each reload compiles the whole rule set, the slow part of this test. */
    private static final int RELOADS = 2;
    /** Upper bound on rounds per decider, so the test ends even if the reloader were stuck. */
    private static final int MAX_ROUNDS = 2_000;

    @TempDir
    Path dir;

    @Test
    void decisionsDuringReloadsMatchTheVersionTheyName() throws Exception {
        String original = RuleSetFiles.fromClasspath().files().stream().filter(f -> f.path().equals(FLIPPED_FILE))
                .findFirst().orElseThrow().content();
        // Version B: the first permission in hold-recording becomes a prohibition.
        String flipped = original.replaceFirst("(?m)^(\\s+)allow$", "$1deny");
        assertThat(flipped).isNotEqualTo(original);

        // Single-threaded verdicts of both versions first. Version A is the bundled rule set (a copy in a
        // directory has the same content hash); version B is what the directory starts with.
        List<Situation> situations = casebookSituations();
        DroolsDecisionEngine bundled = DecisionEngines.bundled();
        ReloadableEngine engine = DecisionEngines.fromDirectory(RuleCopies.write(dir, f -> edit(f, flipped)));
        String versionA = bundled.ruleSetVersion();
        String versionB = engine.ruleSetVersion();
        Map<String, List<Verdict>> expected = Map.of(
                versionA, situations.stream().map(bundled::decide).toList(),
                versionB, situations.stream().map(engine::decide).toList());
        assertThat(expected.get(versionA)).as("the two versions decide some case differently")
                .isNotEqualTo(expected.get(versionB));

        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        AtomicBoolean reloadsDone = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(DECIDERS + 1);
        try {
            List<Future<Integer>> deciders = new ArrayList<>();
            for (int t = 0; t < DECIDERS; t++) {
                int offset = t;
                deciders.add(pool.submit(() -> {
                    start.await();
                    int rounds = 0;
                    // Decide until one full round after the last reload, and never more than MAX_ROUNDS rounds.
                    boolean last = false;
                    while (!last && rounds < MAX_ROUNDS) {
                        last = reloadsDone.get();
                        for (int i = 0; i < situations.size(); i++) {
                            int index = (i + offset * 7) % situations.size();
                            try {
                                Verdict verdict = engine.decide(situations.get(index));
                                versionsSeen.add(verdict.ruleSetVersion());
                                List<Verdict> forVersion = expected.get(verdict.ruleSetVersion());
                                if (forVersion == null || !forVersion.get(index).equals(verdict)) {
                                    failures.add(new AssertionError("situation " + situations.get(index) + " got " + verdict
                                            + " but version " + verdict.ruleSetVersion() + " decides "
                                            + (forVersion == null ? "(unknown version)" : forVersion.get(index))));
                                }
                            } catch (Throwable e) {
                                failures.add(e);
                            }
                        }
                        rounds++;
                    }
                    return rounds;
                }));
            }
            Future<List<ReloadResult>> reloader = pool.submit(() -> {
                start.await();
                List<ReloadResult> results = new ArrayList<>();
                try {
                    for (int r = 0; r < RELOADS; r++) {
                        write(dir.resolve(FLIPPED_FILE), r % 2 == 0 ? original : flipped);
                        results.add(engine.reload());
                    }
                } finally {
                    reloadsDone.set(true);
                }
                return results;
            });
            start.countDown();
            assertThat(reloader.get(10, TimeUnit.MINUTES)).extracting(ReloadResult::version)
                    .containsExactly(versionA, versionB);
            for (Future<Integer> decider : deciders) {
                assertThat(decider.get(10, TimeUnit.MINUTES)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).isEmpty();
        assertThat(versionsSeen).isSubsetOf(expected.keySet()).isNotEmpty();
    }

    private static RuleFile edit(RuleFile file, String flipped) {
        return file.path().equals(FLIPPED_FILE) ? new RuleFile(file.path(), flipped) : file;
    }

    /** Replaces the file in one step, so a reload never reads half of it. */
    private static void write(Path file, String content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, content);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every situation of the bundled casebooks whose facts can be read. */
    private static List<Situation> casebookSituations() {
        SituationJson json = new SituationJson();
        List<Situation> situations = new ArrayList<>();
        for (Casebook casebook : new CasebookReader().readAll(RuleSetFiles.fromClasspath())) {
            for (CaseSpec spec : casebook.cases()) {
                ObjectNode document = JsonNodeFactory.instance.objectNode();
                document.put("scenario", casebook.scenario());
                document.set("facts", spec.facts());
                try {
                    situations.add(json.read(document));
                } catch (InvalidSituationException e) {
                    // a casebook may hold cases about unreadable facts; they have no verdict to compare
                }
            }
        }
        return situations;
    }
}
