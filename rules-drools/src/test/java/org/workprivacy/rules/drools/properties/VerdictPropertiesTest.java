package org.workprivacy.rules.drools.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleFile;

/**
 * What callers rely on, checked on generated situations of every scenario with the bundled rules.
 * Tries per property: {@code jqwik.tries.default} in junit-platform.properties (300), more with
 * {@code -Djqwik.tries.default=N} (see docs/reliability.md).
 */
class VerdictPropertiesTest {
    private static final DroolsDecisionEngine BUNDLED = DecisionEngines.bundled();
    /** Situations a fresh engine must decide like the bundled one (each engine build costs seconds). */
    private static final int FRESH_SAMPLE = 300;
    private static Path copy;
    private static DroolsDecisionEngine reloaded;

    /**
     * One engine built from a copy of the rules in a directory: first checked against the bundled engine
     * on a sample as a fresh engine, then edited (a comment: new version, same decisions) and reloaded
     * for the determinism property. Two builds instead of three keep the default run short.
     */
    @BeforeContainer
    static void buildAndReloadAnEngineFromFiles() {
        copy = RuleCopies.temporaryCopy(file -> file);
        reloaded = DecisionEngines.fromDirectory(copy);
        assertThat(reloaded.ruleSetVersion()).as("same files, same version").isEqualTo(BUNDLED.ruleSetVersion());
        Situations.any().sampleStream().limit(FRESH_SAMPLE).forEach(situation -> assertThat(reloaded.decide(situation))
                .as("a fresh engine from the same files decides %s the same", situation).isEqualTo(BUNDLED.decide(situation)));
        RuleCopies.write(copy, file -> file.path().equals("messages_en.properties")
                ? new RuleFile(file.path(), file.content() + "\n# reloaded\n") : file);
        assertThat(reloaded.reload().changed()).isTrue();
    }

    @AfterContainer
    static void deleteCopy() {
        RuleCopies.delete(copy);
    }

    @Provide
    Arbitrary<Situation> situations() {
        return Situations.any();
    }

    @Property
    void everyVerdictHasAReasonWithALegalBasis(@ForAll("situations") Situation situation) {
        Verdict verdict = BUNDLED.decide(situation);
        assertThat(verdict.reasons()).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason.legalBasis()).as(reason.code()).isNotEmpty());
        assertThat(verdict.scenario()).isEqualTo(situation.scenario().id());
    }

    @Property
    void anyDenyRuleThatFiresMakesTheVerdictDenied(@ForAll("situations") Situation situation) {
        Explanation explanation = BUNDLED.explain(situation, Language.EN);
        if (fired(explanation, Effect.DENY)) {
            assertThat(explanation.verdict().outcome()).isEqualTo(Outcome.DENIED);
        }
    }

    /**
     * Partial evaluation, checked by brute force independently of the engine's own enumeration: every way of
     * completing the open facts is decided as a complete situation. ALLOWED only when every completion is
     * ALLOWED (and then with every completion's conditions); DENIED without missing facts only when every
     * completion is DENIED; otherwise exactly the decisive facts are missing.
     */
    @Property
    void openFactsAreDecidedByEveryCompletion(@ForAll("situations") Situation situation) {
        FactSpace space = FactSpace.of(situation.scenario());
        Object[] values = space.values(situation);
        List<Fact> open = space.facts().stream().filter(f -> values[f.index()] == null).toList();
        if (open.isEmpty() || open.stream().anyMatch(Fact::isNumber) || completions(open) > MAX_BRUTE_FORCE) {
            return;
        }
        Map<List<Object>, Verdict> byCompletion = new LinkedHashMap<>();
        forEachCompletion(open, 0, new ArrayList<>(), choice -> {
            Object[] completed = values.clone();
            for (int i = 0; i < open.size(); i++) {
                completed[open.get(i).index()] = choice.get(i);
            }
            Situations.consistent(space, completed).ifPresent(s -> byCompletion.put(List.copyOf(choice), BUNDLED.decide(s)));
        });
        Verdict verdict = BUNDLED.decide(situation);
        boolean allAllowed = byCompletion.values().stream().allMatch(Verdict::allowed);
        boolean allDenied = byCompletion.values().stream().noneMatch(Verdict::allowed);
        List<String> openQuestion = space.questions().stream().filter(open::contains).map(Fact::name).toList();
        if (allAllowed && !openQuestion.isEmpty()) {
            assertThat(verdict.outcome()).as("%s: a permission needs the question stated", situation).isEqualTo(Outcome.DENIED);
            assertThat(verdict.missingFacts()).containsExactlyInAnyOrderElementsOf(openQuestion);
        } else if (allAllowed) {
            assertThat(verdict.outcome()).as("%s: every completion is ALLOWED", situation).isEqualTo(Outcome.ALLOWED);
            byCompletion.values().forEach(v -> assertThat(verdict.conditionCodes()).as("conditions of %s", situation)
                    .containsAll(v.conditionCodes()));
        } else if (allDenied) {
            assertThat(verdict.outcome()).isEqualTo(Outcome.DENIED);
            assertThat(verdict.missingFacts()).as("%s: every completion is DENIED, nothing to ask", situation).isEmpty();
        } else {
            assertThat(verdict.outcome()).as("%s: completions disagree", situation).isEqualTo(Outcome.DENIED);
            List<String> decisive = decisive(open, byCompletion);
            if (decisive.isEmpty()) {
                // Contradictions forbid every single change that would show it: the engine asks for the open facts.
                assertThat(verdict.missingFacts()).isNotEmpty().isSubsetOf(open.stream().map(Fact::name).toList());
            } else {
                assertThat(verdict.missingFacts()).as("%s: exactly the decisive open facts", situation)
                        .containsExactlyInAnyOrderElementsOf(decisive);
            }
        }
    }

    private static final int MAX_BRUTE_FORCE = 512;

    private static long completions(List<Fact> open) {
        return open.stream().mapToLong(f -> f.values().size()).reduce(1, (a, b) -> a * b);
    }

    private static void forEachCompletion(List<Fact> open, int at, List<Object> chosen, Consumer<List<Object>> action) {
        if (at == open.size()) {
            action.accept(chosen);
            return;
        }
        for (Object value : open.get(at).values()) {
            chosen.add(value);
            forEachCompletion(open, at + 1, chosen, action);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** The open facts for which two completions that differ only in that fact get different outcomes. */
    private static List<String> decisive(List<Fact> open, Map<List<Object>, Verdict> byCompletion) {
        List<String> decisive = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            int fact = i;
            boolean flips = byCompletion.entrySet().stream().anyMatch(a -> open.get(fact).values().stream().anyMatch(value -> {
                List<Object> other = new ArrayList<>(a.getKey());
                other.set(fact, value);
                Verdict b = byCompletion.get(other);
                return b != null && b.outcome() != a.getValue().outcome();
            }));
            if (flips) {
                decisive.add(open.get(i).name());
            }
        }
        return decisive;
    }

    /** Also: a fresh engine from the same files decides a sample the same (checked before the reload). */
    @Property
    void theSameSituationAlwaysGetsTheSameVerdict(@ForAll("situations") Situation situation) {
        Verdict first = BUNDLED.decide(situation, Language.NL);
        assertThat(BUNDLED.decide(situation, Language.NL)).isEqualTo(first);
        assertThat(withoutVersion(reloaded.decide(situation, Language.NL))).as("after reload()")
                .isEqualTo(withoutVersion(first));
    }

    private static boolean fired(Explanation explanation, Effect effect) {
        return explanation.firedRules().stream().anyMatch(r -> r.effect() == effect);
    }

    private static Verdict withoutVersion(Verdict verdict) {
        return new Verdict(verdict.scenario(), verdict.outcome(), verdict.reasons(), verdict.conditions(),
                verdict.missingFacts(), "");
    }
}
