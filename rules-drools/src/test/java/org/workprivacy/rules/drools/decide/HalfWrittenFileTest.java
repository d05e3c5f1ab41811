package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * A rule file saved in two writes while the watcher runs and a thread decides (issue 12, item 3): the
 * watcher must never load the state between the writes, in which the permitting rule is there and the
 * rule attaching its condition is not. Without the settle period it loaded that state within one poll
 * and permissions went out without their condition.
 *
 * <p>This test needs time to pass between the writes; the gap (50 ms) is kept far below the settle period
 * (3 s) so that a slow machine can only delay the reload, never make the test fail wrongly.
 */
class HalfWrittenFileTest {
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null, null,
            null, null, true);
    private static final String DENY = RuleDirectory.rule("deny it", "t-deny", "OutOfOffice()", "verdict.deny(kcontext);");
    private static final String ALLOW = RuleDirectory.rule("allow it", "t-allow", "OutOfOffice()", "verdict.allow(kcontext);");
    private static final String CONDITION = RuleDirectory.rule("only when the employee is told", "t-tell",
            "OutOfOffice()", "verdict.condition(kcontext);");

    @TempDir
    Path dir;

    @Test
    void aFileSavedInTwoWritesIsNeverLoadedHalfWritten() throws Exception {
        RuleDirectory.write(dir, DENY);
        Files.writeString(dir.resolve("messages_en.properties"), "t-allow=allowed\nt-deny=denied\nt-tell=tell her\n");
        DroolsDecisionEngine engine = DecisionEngines.fromDirectory(dir);
        AtomicBoolean deciding = new AtomicBoolean(true);
        AtomicLong withCondition = new AtomicLong();
        AtomicLong withoutCondition = new AtomicLong();
        Thread decider = new Thread(() -> {
            while (deciding.get()) {
                Verdict verdict = engine.decide(SITUATION, Language.EN);
                if (verdict.allowed()) {
                    (verdict.conditions().isEmpty() ? withoutCondition : withCondition).incrementAndGet();
                }
            }
        });
        decider.start();
        var reloads = new LinkedBlockingQueue<ReloadResult>();
        try (var watcher = RuleSetWatcher.start(dir, engine, Duration.ofMillis(10), Duration.ofSeconds(3), reloads::add)) {
            byte[] whole = (RuleDirectory.HEADER + ALLOW + CONDITION).getBytes(StandardCharsets.UTF_8);
            int half = (RuleDirectory.HEADER + ALLOW).length();
            try (OutputStream out = Files.newOutputStream(dir.resolve("test.drl"))) {
                out.write(whole, 0, half); // a whole rule: the half-written file compiles, and permits unconditionally
                out.flush();
                Thread.sleep(50);
                out.write(whole, half, whole.length - half);
            }
            ReloadResult reload = reloads.poll(60, TimeUnit.SECONDS);
            assertThat(reload).isNotNull();
            assertThat(reload.changed()).isTrue();
            assertThat(reloads.poll(1, TimeUnit.SECONDS)).as("one reload, of the whole file").isNull();
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (withCondition.get() == 0 && System.nanoTime() < waitUntil) {
                Thread.onSpinWait();
            }
        } finally {
            deciding.set(false);
            decider.join();
        }
        assertThat(withCondition.get()).as("decisions with the new rules").isPositive();
        assertThat(withoutCondition.get()).as("permissions without their condition").isZero();
    }
}
