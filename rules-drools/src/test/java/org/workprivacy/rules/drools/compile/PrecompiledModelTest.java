package org.workprivacy.rules.drools.compile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.casebook.CaseSpec;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** The executable model precompiled at build time decides exactly like the DRL it was generated from. */
class PrecompiledModelTest {

    @Test
    void theBuildPrecompiledTheBundledRules() {
        assertThat(PrecompiledModel.kieBaseFor(RuleSetFiles.fromClasspath())).isPresent();
    }

    @Test
    void editedRulesAreNotServedByTheModelOfTheOriginals() {
        RuleSetFiles bundled = RuleSetFiles.fromClasspath();
        List<RuleFile> edited = bundled.files().stream()
                .map(f -> f.hasExtension("dslr") ? new RuleFile(f.path(), f.content() + "\n// edited\n") : f).toList();
        assertThat(PrecompiledModel.kieBaseFor(new RuleSetFiles("edited", edited))).isEmpty();
    }

    @Test
    void everyCasebookCaseIsExplainedAlikeByTheModelAndByTheDrl() {
        RuleSetFiles files = RuleSetFiles.fromClasspath();
        DroolsDecisionEngine model = DecisionEngines.of(new RuleSetCompiler().load(files));
        DroolsDecisionEngine drl = DecisionEngines.of(new RuleSetCompiler().compile(files));
        assertThat(model.ruleSet().rules()).isEqualTo(drl.ruleSet().rules());
        SituationJson json = new SituationJson();
        for (Casebook casebook : new CasebookReader().readAll(files)) {
            for (CaseSpec spec : casebook.cases()) {
                ObjectNode document = JsonNodeFactory.instance.objectNode();
                document.put("scenario", casebook.scenario());
                document.set("facts", spec.facts());
                Situation situation = json.read(document);
                for (Language language : Language.values()) {
                    assertThat(model.explain(situation, language)).as(spec.name())
                            .isEqualTo(drl.explain(situation, language));
                }
            }
        }
    }
}
