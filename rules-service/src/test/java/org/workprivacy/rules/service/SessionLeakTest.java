package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Issue 13, fault 1: every request used to build a prepared rule set whose session the KieBase kept
 * (41 KiB and one session per request). Now the sessions stay at one per request thread and the heap
 * stays flat, over the requests and across a reload.
 */
class SessionLeakTest {
    private static final int THREADS = 4;

    @TempDir
    static Path rulesDir;
    /** Compiled once (it takes seconds); the first test's threads end, so their sessions go too. */
    private static EngineRules rules;

    @org.junit.jupiter.api.BeforeAll
    static void compile() throws Exception {
        rules = (EngineRules) ServedRules.directory(copyOfTheBundledRules());
    }

    @Test
    void sessionsStayAtOnePerThreadAndTheHeapStaysFlat() throws Exception {
        Situation situation = new SituationJson().read(RunningService.parse(Situations.SERVER_SIDE_AUTO_REPLY));
        RuleSet ruleSet = ((DroolsDecisionEngine) rules.engine()).ruleSet(); // the test looks inside the engine

        // Checked after a few first, so that a leak fails in seconds instead of thrashing for minutes.
        decide(rules, situation, 100);
        assertThat(ruleSet.openSessions()).isLessThanOrEqualTo(THREADS);
        decide(rules, situation, 20_000); // warm up: classes loaded, caches and sessions made
        long before = heapAfterGc();
        decide(rules, situation, 100_000);
        long after = heapAfterGc();

        assertThat(ruleSet.openSessions()).isLessThanOrEqualTo(THREADS);
        // The leak grew the heap by 41 KiB per request, 4 GiB here; allow 16 MiB of noise.
        assertThat(after - before).as("heap growth in bytes").isLessThan(16L * 1024 * 1024);
    }

    @Test
    void requestsOverHttpUseTheSessionsOfTheServiceThreadsOnly() throws Exception {
        RuleSet ruleSet = ((DroolsDecisionEngine) rules.engine()).ruleSet(); // the test looks inside the engine
        try (RunningService service = RunningService.start(ServiceConfig.defaults().withThreads(THREADS), rules)) {
            for (int i = 0; i < 2_000; i++) {
                assertThat(service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY).status()).isEqualTo(200);
            }
            assertThat(ruleSet.openSessions()).isLessThanOrEqualTo(THREADS);
        }
    }

    private static void decide(ServedRules rules, Situation situation, int requests) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        for (int i = 0; i < requests; i++) {
            pool.execute(() -> rules.snapshot().decide(situation, Language.EN));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static Path copyOfTheBundledRules() throws Exception {
        Path dir = Files.createTempDirectory(rulesDir, "rules");
        for (RuleFile file : RuleSetFiles.fromClasspath().files()) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        return dir;
    }
}
