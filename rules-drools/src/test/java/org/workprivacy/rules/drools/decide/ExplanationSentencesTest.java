package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.explain.Explanation;
import org.workprivacy.rules.api.explain.OpenFact;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;

/** The engine's own explanation sentences exist in every language, with the same placeholders, and are used. */
class ExplanationSentencesTest {
    private static final ReloadableEngine ENGINE = DecisionEngines.bundled();

    @Test
    void everyLanguageHasEverySentenceWithTheSamePlaceholders() {
        assertThat(ExplanationSentences.placeholders(Language.NL)).isEqualTo(ExplanationSentences.placeholders(Language.EN));
    }

    @Test
    void aCompleteSituationIsExplainedInTheChosenLanguage() {
        Situation situation = new SituationJson().read("""
                {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "workRelatedReason": true,
                 "employeeContact": "unreachable", "method": "server-side-admin", "mailOpened": false,
                 "replySpecialCategoryData": false, "serverSideAutoReplyPossible": true, "targetedSearch": false,
                 "compellingWorkGrounds": false, "adminSearchPossible": false, "searchPurpose": "continue-work",
                 "fourEyes": false}}""");

        assertThat(ENGINE.explain(situation, Language.EN).combination()).startsWith("1 allow rule(s) fired and no deny rule");
        assertThat(ENGINE.explain(situation, Language.NL).combination()).startsWith("1 toestemmende regel(s) toegepast");
    }

    @Test
    void openFactsAreExplainedInTheChosenLanguage() {
        // The method left open: whether the reply is set up on the server decides.
        Situation situation = new SituationJson().read("""
                {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "workRelatedReason": true,
                 "employeeContact": "unreachable", "mailOpened": false, "replySpecialCategoryData": false}}""");

        Explanation english = ENGINE.explain(situation, Language.EN);
        Explanation dutch = ENGINE.explain(situation, Language.NL);

        assertThat(dutch.verdict().outcome()).isEqualTo(english.verdict().outcome());
        assertThat(dutch.openFacts()).extracting(OpenFact::fact).isEqualTo(english.openFacts().stream().map(OpenFact::fact).toList());
        assertThat(english.combination()).contains("completions of the open facts");
        assertThat(dutch.combination()).contains("aanvullingen van de open feiten");
        assertThat(dutch.openFacts()).allSatisfy(fact -> assertThat(fact.why()).doesNotContain("the verdict is", "no rule"));
    }
}
