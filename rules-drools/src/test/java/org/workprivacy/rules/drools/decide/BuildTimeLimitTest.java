package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * A rule-set build that hangs (issue 12, item 2) is given up after its time limit: the reload reports it,
 * the last good rules keep deciding, the same files are not built again, and restoring the files recovers.
 * The hang is simulated by a compiler that never returns for one version of the files, since the sandbox
 * now refuses every rule file known to hang the real one.
 */
class BuildTimeLimitTest {
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null, null,
            null, null, true);

    private static RuleSetFiles files(String code, String then) {
        return new RuleSetFiles("rules", List.of(
                new RuleFile("messages_en.properties", code + "=text\n"),
                new RuleFile("test.drl", RuleDirectory.HEADER + RuleDirectory.rule("r", code, "OutOfOffice()", then))));
    }

    @Test
    void aBuildThatHangsIsRefusedAndTheLastGoodRulesStay() {
        RuleSetFiles allow = files("t-allow", "verdict.allow(kcontext);");
        RuleSetFiles hanging = files("t-hang", "verdict.deny(kcontext);");
        RuleSetFiles deny = files("t-deny", "verdict.deny(kcontext);");
        AtomicReference<RuleSetFiles> onDisk = new AtomicReference<>(allow);
        AtomicInteger builds = new AtomicInteger();
        RuleSetCompiler compiler = new RuleSetCompiler();
        BuildTimeLimit limit = new BuildTimeLimit(Duration.ofMillis(500));
        // Only the hanging build is timed here: real builds take seconds on a loaded machine, more than this limit.
        RuleSetHolder holder = new RuleSetHolder(onDisk::get, files -> files.equals(hanging)
                ? limit.run(files.origin(), () -> {
                    builds.incrementAndGet();
                    while (true) {
                        LockSupport.park(); // hangs, deaf to interrupts, as a backtracking regular expression does
                    }
                })
                : compiler.compile(files));
        DroolsDecisionEngine engine = new DroolsDecisionEngine(holder);
        String good = engine.ruleSetVersion();

        onDisk.set(hanging);
        ReloadResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), engine::reload);
        assertThat(result.failed()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.located())
                .isEqualTo("rules: building the rules did not finish within 500 ms and was given up; a rule or a .dsl"
                        + " sentence probably makes the compiler hang (the rules in use stay)"));
        assertThat(engine.ruleSetVersion()).isEqualTo(good);
        assertThat(engine.decide(SITUATION, Language.EN).outcome()).isEqualTo(Outcome.ALLOWED);

        int before = builds.get();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), engine::reload)).isEqualTo(result);
        assertThat(builds.get()).as("the same hanging files are not built again").isEqualTo(before);

        onDisk.set(deny); // the file restored, or fixed
        ReloadResult recovered = assertTimeoutPreemptively(Duration.ofSeconds(30), engine::reload);
        assertThat(recovered.changed()).isTrue();
        assertThat(engine.decide(SITUATION, Language.EN).outcome()).isEqualTo(Outcome.DENIED);
    }

}
