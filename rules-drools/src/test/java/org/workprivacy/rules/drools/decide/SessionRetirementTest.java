package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.compile.RuleSet;

/**
 * The KieBase keeps every session until it is disposed: deciding must reuse one session per thread,
 * pinning must share them, and a reload must dispose the sessions of the rule set it replaces.
 */
class SessionRetirementTest {
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null, null,
            null, null, true);
    private static final String ALLOW = RuleDirectory.rule("allow it", "t-allow", "OutOfOffice()", "verdict.allow(kcontext);");
    private static final String DENY = RuleDirectory.rule("deny it", "t-deny", "OutOfOffice()", "verdict.deny(kcontext);");

    @TempDir
    Path dir;

    @Test
    void pinnedEnginesShareTheSessionsOfTheRuleSet() throws InterruptedException {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW), BuildTimeLimit.DEFAULT);
        RuleSet ruleSet = engine.ruleSet();

        onThreads(3, 3_000, () -> engine.pinned().decide(SITUATION));

        assertThat(ruleSet.openSessions()).isLessThanOrEqualTo(3);
    }

    @Test
    void aReloadDisposesTheSessionsOfTheReplacedRuleSet() throws InterruptedException {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW), BuildTimeLimit.DEFAULT);
        RuleSet old = engine.ruleSet();
        onThreads(3, 300, () -> engine.decide(SITUATION));
        assertThat(old.openSessions()).isPositive();

        RuleDirectory.write(dir, ALLOW + DENY);
        assertThat(engine.reload().changed()).isTrue();

        assertThat(old.openSessions()).isZero();
        assertThat(engine.decide(SITUATION).outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void aRequestPinnedBeforeTheReloadFinishesOnItsVersionAndLeavesNoSession() {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW), BuildTimeLimit.DEFAULT);
        RuleSet old = engine.ruleSet();
        var pinned = engine.pinned();
        pinned.decide(SITUATION);

        RuleDirectory.write(dir, ALLOW + DENY);
        engine.reload();

        assertThat(pinned.decide(SITUATION).outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(old.openSessions()).isZero();
    }

    @Test
    void theSessionOfAThreadThatEndedIsDisposedWhenAnotherOpensOne() throws InterruptedException {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW), BuildTimeLimit.DEFAULT);
        RuleSet ruleSet = engine.ruleSet();
        for (int i = 0; i < 5; i++) {
            Thread thread = new Thread(() -> engine.decide(SITUATION));
            thread.start();
            thread.join();
        }
        assertThat(ruleSet.openSessions()).isEqualTo(1);
    }

    private static void onThreads(int threads, int decisions, Runnable decision) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < decisions; i++) {
            pool.execute(decision);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
}
