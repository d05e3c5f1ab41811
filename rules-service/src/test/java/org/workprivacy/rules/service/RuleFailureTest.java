package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.service.RunningService.Answer;

/** A rule that fails while deciding gives a 500 with a JSON error, never a verdict. */
class RuleFailureTest {
    /** Rules whose every decision fails, as the Drools engine reports a failing rule. */
    private static final class FailingRules implements ServedRules, DecisionEngine {
        @Override
        public DecisionEngine snapshot() {
            return this;
        }

        @Override
        public String version() {
            return "sha256:failing";
        }

        @Override
        public Optional<ReloadResult> reload() {
            return Optional.empty();
        }

        @Override
        public Verdict decide(Situation situation, Language language) {
            throw new RuleSetException("a rule failed while deciding " + situation.scenario().id() + ": boom",
                    new IllegalStateException("boom"));
        }

        @Override
        public Explanation explain(Situation situation, Language language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String ruleSetVersion() {
            return version();
        }
    }

    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(new FailingRules());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aFailingRuleIs500WithoutAVerdict() {
        Answer answer = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.errorMessage()).isEqualTo("a rule failed while deciding out-of-office: boom; no verdict was given");
        assertThat(answer.body()).doesNotContain("outcome").doesNotContain("ALLOWED");
    }

    @Test
    void inABatchAFailingRuleSpoilsOnlyItsEntries() {
        Answer answer = service.postJson("/v1/decisions:batch",
                "[" + Situations.SERVER_SIDE_AUTO_REPLY + ", {\"scenario\": \"lunch\", \"facts\": {}}]");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get(0).path("error").path("kind").asText()).isEqualTo("rule-failed");
        assertThat(answer.json().get(1).path("error").path("kind").asText()).isEqualTo("invalid-situation");
        assertThat(answer.json()).noneMatch(entry -> entry.has("verdict"));
        assertThat(answer.body()).doesNotContain("ALLOWED");
    }
}
