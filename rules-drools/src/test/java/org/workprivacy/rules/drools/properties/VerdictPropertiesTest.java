package org.workprivacy.rules.drools.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.explain.FiredRule;
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
     * A missing-fact rule names a fact that really is not stated, and then the verdict is DENIED and
     * lists exactly the facts those rules named: missing facts never give ALLOWED.
     */
    @Property
    void missingFactsNeverGiveAllowed(@ForAll("situations") Situation situation) {
        Explanation explanation = BUNDLED.explain(situation, Language.EN);
        List<String> reported = explanation.firedRules().stream().filter(r -> r.effect() == Effect.MISSING_FACT)
                .map(FiredRule::detail).distinct().sorted().toList();
        List<String> notStated = notStated(situation);
        assertThat(notStated).as("facts reported missing are facts of %s that were not stated",
                situation.getClass().getSimpleName()).containsAll(reported);
        if (!reported.isEmpty()) {
            assertThat(explanation.verdict().outcome()).isEqualTo(Outcome.DENIED);
            assertThat(explanation.verdict().missingFacts()).containsExactlyElementsOf(reported);
        }
    }

    /**
     * Monotonicity of prohibitions: when a deny rule fired, stating any fact that was not stated, with any
     * of its values, keeps the verdict DENIED. (Rules that key on a fact being unstated could break this;
     * none of the bundled ones does in a way that lifts a denial.)
     */
    @Property
    void statingAMissingFactNeverLiftsADenial(@ForAll("situations") Situation situation) {
        Explanation explanation = BUNDLED.explain(situation, Language.EN);
        if (!fired(explanation, Effect.DENY)) {
            return;
        }
        RecordComponent[] components = situation.getClass().getRecordComponents();
        List<Object> values = Situations.values(situation);
        for (int i = 0; i < components.length; i++) {
            if (values.get(i) != null) {
                continue;
            }
            for (Object value : Situations.statedValues(components[i].getType())) {
                Situation stated = Situations.with(situation, i, value);
                assertThat(BUNDLED.decide(stated).outcome())
                        .as("%s with %s = %s (deny rules fired before: %s)", situation, components[i].getName(), value,
                                explanation.firedRules().stream().filter(r -> r.effect() == Effect.DENY).map(FiredRule::ruleId).toList())
                        .isEqualTo(Outcome.DENIED);
            }
        }
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

    private static List<String> notStated(Situation situation) {
        RecordComponent[] components = situation.getClass().getRecordComponents();
        List<Object> values = Situations.values(situation);
        return Arrays.stream(components).filter(c -> values.get(Arrays.asList(components).indexOf(c)) == null)
                .map(RecordComponent::getName).toList();
    }

    private static Verdict withoutVersion(Verdict verdict) {
        return new Verdict(verdict.scenario(), verdict.outcome(), verdict.reasons(), verdict.conditions(),
                verdict.missingFacts(), "");
    }
}
