package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Outcome;

/** Live reload: a new version decides after a good edit; a broken edit leaves the last good rules serving. */
class ReloadTest {
    private static final OutOfOffice SITUATION = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null, null,
            null, null, true);
    private static final String ALLOW = RuleDirectory.rule("allow it", "t-allow", "OutOfOffice()", "verdict.allow(kcontext);");
    private static final String DENY = RuleDirectory.rule("deny it", "t-deny", "OutOfOffice()", "verdict.deny(kcontext);");

    @TempDir
    Path dir;

    @Test
    void aGoodEditIsPickedUpWithANewVersion() {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW));
        var before = engine.decide(SITUATION);
        assertThat(before.outcome()).isEqualTo(Outcome.ALLOWED);

        RuleDirectory.write(dir, ALLOW + DENY);
        ReloadResult result = engine.reload();

        assertThat(result.changed()).isTrue();
        assertThat(result.failed()).isFalse();
        var after = engine.decide(SITUATION);
        assertThat(after.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(after.ruleSetVersion()).isEqualTo(result.version()).isNotEqualTo(before.ruleSetVersion());
    }

    @Test
    void reloadingUnchangedFilesChangesNothing() {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW));
        ReloadResult result = engine.reload();
        assertThat(result.changed()).isFalse();
        assertThat(result.version()).isEqualTo(engine.ruleSetVersion());
    }

    @Test
    void aBrokenEditIsReportedAndTheLastGoodRulesKeepServing() {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW));
        String good = engine.ruleSetVersion();

        RuleDirectory.write(dir, ALLOW + "rule \"broken\" when OutOfOffice( then end\n");
        ReloadResult result = engine.reload();

        assertThat(result.failed()).isTrue();
        assertThat(result.changed()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("test.drl"));
        assertThat(engine.ruleSetVersion()).isEqualTo(good);
        assertThat(engine.decide(SITUATION).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void aDeletedDirectoryKeepsTheLastGoodRules() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(rules, ALLOW));
        Files.delete(rules.resolve("test.drl"));
        Files.delete(rules.resolve("messages_en.properties"));
        Files.delete(rules);
        assertThat(engine.reload().failed()).isTrue();
        assertThat(engine.decide(SITUATION).outcome()).isEqualTo(Outcome.ALLOWED);
    }

    @Test
    void theWatcherReloadsWhenTheDirectoryChanges() throws InterruptedException {
        var engine = DecisionEngines.fromDirectory(RuleDirectory.write(dir, ALLOW));
        var reloads = new LinkedBlockingQueue<ReloadResult>();
        try (var watcher = RuleSetWatcher.start(dir, engine, Duration.ofMillis(20), Duration.ofMillis(100), reloads::add)) {
            RuleDirectory.write(dir, ALLOW + DENY);
            ReloadResult result = reloads.poll(30, TimeUnit.SECONDS);
            assertThat(result).isNotNull();
            assertThat(result.changed()).isTrue();
        }
        assertThat(engine.decide(SITUATION).outcome()).isEqualTo(Outcome.DENIED);
    }
}
