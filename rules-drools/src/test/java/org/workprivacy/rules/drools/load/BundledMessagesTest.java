package org.workprivacy.rules.drools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.decide.DecisionEngines;

/** Every reason and condition code of the bundled rules has a text in every language. */
class BundledMessagesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCodeHasATextInEachLanguage(Language language) {
        RuleSet ruleSet = DecisionEngines.bundled().ruleSet();
        List<String> codes = new ArrayList<>(ruleSet.rules().stream().map(RuleInfo::code).toList());
        codes.add("no-permitting-rule");
        assertThat(ruleSet.messages().missingTexts(language, codes)).isEmpty();
    }
}
