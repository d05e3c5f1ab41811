package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.rulebook.RuleEntry;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.rulebook.ScenarioRules;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.service.RunningService.Answer;

/**
 * {@code GET /} and its files over HTTP, without a browser (RulebookBrowserTest drives the page itself): on
 * rules whose rulebook is given, so that no rule set is compiled.
 */
class RulebookPageTest {
    /** Rules at a version that a reload moves on, or refuses while {@code broken}. */
    private static final class GivenRules implements ServedRules {
        final List<Consumer<ReloadResult>> listeners = new CopyOnWriteArrayList<>();
        int version;
        int rulebooksRead;
        /** The thread that read each rulebook. */
        final List<String> readers = new CopyOnWriteArrayList<>();
        boolean broken;

        @Override
        public DecisionEngine snapshot() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String version() {
            return "v" + version;
        }

        @Override
        public Optional<ReloadResult> reload() {
            ReloadResult result = broken
                    ? new ReloadResult(false, version(), List.of(new RuleProblem(RuleProblem.Severity.ERROR, "a/broken.drl", 7, 30, "syntax <error>")))
                    : new ReloadResult(true, "v" + ++version, List.of());
            listeners.forEach(l -> l.accept(result));
            return Optional.of(result);
        }

        @Override
        public void onReload(Consumer<ReloadResult> listener) {
            listeners.add(listener);
        }

        @Override
        public Rulebook rulebook() {
            rulebooksRead++;
            readers.add(Thread.currentThread().getName());
            RuleEntry rule = new RuleEntry("Rule of " + version(), "code-a", "a/a.dslr", 1, true, List.of("x"),
                    List.of("deny"), Optional.empty(), Map.of(), List.of(), List.of());
            return new Rulebook(version(), List.of(new ScenarioRules("out-of-office", List.of(rule), List.of())), List.of());
        }
    }

    @Test
    void thePageShowsTheRulesDecidingNowAndANoticeAfterABrokenEdit() {
        GivenRules rules = new GivenRules();
        try (RunningService service = RunningService.start(rules)) {
            Answer page = service.get("/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'self'");
            assertThat(page.body()).contains("Rule of v0", "<code id=\"rule-set-version\">v0</code>")
                    .doesNotContain("stale-notice");
            service.get("/");
            assertThat(rules.rulebooksRead).as("read once per version").isEqualTo(1);

            rules.broken = true;
            service.postJson("/v1/reload", "");
            assertThat(service.get("/").body()).contains("id=\"stale-notice\"")
                    .contains("<code>a/broken.drl:7:30</code> syntax &lt;error&gt;", "Rule of v0");

            rules.broken = false;
            service.postJson("/v1/reload", "");
            assertThat(service.get("/").body()).doesNotContain("stale-notice").contains("Rule of v1");
        }
    }

    @Test
    void onceAskedTheRulebookIsReadOffTheRequestThreadsAtStartAndAfterEachReload() throws InterruptedException {
        GivenRules rules = new GivenRules();
        try (RunningService service = RunningService.start(rules)) {
            service.prepareRulebook();
            awaitReads(rules, 1);
            assertThat(service.get("/").body()).contains("Rule of v0");
            service.postJson("/v1/reload", "");
            awaitReads(rules, 2);
            assertThat(service.get("/").body()).contains("Rule of v1");
            assertThat(rules.readers).as("no request waited for a rulebook to be read")
                    .containsExactly("workprivacy-rulebook", "workprivacy-rulebook");
        }
    }

    private static void awaitReads(GivenRules rules, int reads) throws InterruptedException {
        for (int i = 0; i < 200 && rules.readers.size() < reads; i++) {
            Thread.sleep(25);
        }
    }

    @Test
    void theFilesOfThePageComeFromTheJar() {
        try (RunningService service = RunningService.start(new GivenRules())) {
            Answer script = service.get("/static/try.js");
            assertThat(script.status()).isEqualTo(200);
            assertThat(script.header("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
            assertThat(script.body()).contains("/v1/decisions", "/v1/schema");
            assertThat(service.get("/static/rulebook.css").header("Content-Type")).isEqualTo("text/css; charset=utf-8");
            assertThat(service.get("/static/rulebook.js").status()).isEqualTo(200);
            assertThat(service.get("/static/other.js").status()).isEqualTo(404);
        }
    }
}
