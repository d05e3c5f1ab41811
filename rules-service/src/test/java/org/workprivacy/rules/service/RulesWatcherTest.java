package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.drools.decide.ReloadResult;

/** The watcher reloads once per change of the directory, broken or not (polled by hand: no timing). */
class RulesWatcherTest {
    /** Counts reloads; fails them while {@code broken}. */
    private static final class CountingRules implements ServedRules {
        int reloads;
        boolean broken;

        @Override
        public DecisionEngine snapshot() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String version() {
            return "v" + reloads;
        }

        @Override
        public Optional<ReloadResult> reload() {
            reloads++;
            return Optional.of(broken
                    ? new ReloadResult(false, version(), List.of(new RuleProblem(RuleProblem.Severity.ERROR, "a.drl", 3, 0, "bad")))
                    : new ReloadResult(true, version(), List.of()));
        }
    }

    @TempDir
    Path dir;

    @Test
    void reloadsOncePerChangeAndCompilesABrokenEditOnlyOnce() throws IOException {
        Files.writeString(dir.resolve("a.drl"), "rule one");
        CountingRules rules = new CountingRules();
        List<String> log = new ArrayList<>();
        try (RulesWatcher watcher = new RulesWatcher(dir, rules, log::add, java.time.Duration.ZERO)) {
            assertThat(watcher.poll()).isEmpty();

            Files.writeString(dir.resolve("a.drl"), "rule one, edited");
            assertThat(watcher.poll()).hasValueSatisfying(r -> assertThat(r.changed()).isTrue());
            assertThat(watcher.poll()).isEmpty();
            assertThat(rules.reloads).isEqualTo(1);

            rules.broken = true;
            Files.createDirectories(dir.resolve("sub"));
            Files.writeString(dir.resolve("sub/b.drl"), "rule two");
            assertThat(watcher.poll()).hasValueSatisfying(r -> assertThat(r.failed()).isTrue());
            assertThat(watcher.poll()).as("a broken edit is not recompiled on every poll").isEmpty();
            assertThat(rules.reloads).isEqualTo(2);

            Files.delete(dir.resolve("sub/b.drl"));
            rules.broken = false;
            assertThat(watcher.poll()).isPresent();
            assertThat(rules.reloads).isEqualTo(3);
        }
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).isEqualTo("rules directory changed: rules reloaded; now deciding with v1");
        assertThat(log.get(1)).startsWith("rules directory changed: the rules have errors; still deciding with v2")
                .contains("a.drl:3: bad");
    }
}
