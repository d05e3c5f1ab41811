package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.load.Messages;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * A decision past its time limit fails closed and names the rule (issue 12, item 2). The sandbox refuses
 * every construct that could keep the agenda busy, so the hostile rule set is compiled here without it,
 * as a rule the sandbox does not know about would be: a rule that allows and then refires itself for ever.
 */
class DecisionTimeLimitTest {
    private static final OutOfOffice COMPLETE = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true,
            OutOfOffice.EmployeeContact.AGREED, OutOfOffice.AccessMethod.SERVER_SIDE_ADMIN, true, true, true, true, true,
            OutOfOffice.SearchPurpose.CONTINUE_WORK, false, true);
    private static final OutOfOffice WITH_OPEN_FACTS = new OutOfOffice(OutOfOffice.Action.SEARCH_MAIL, true, null,
            null, null, null, true);
    private static final DecisionTimeLimit LIMIT = new DecisionTimeLimit(Duration.ofMillis(300));
    private static final String LOOPING_RULE = "Allows and fires again for ever";
    private static final String DRL = RuleDirectory.HEADER
            + RuleDirectory.rule(LOOPING_RULE, "t-allow", "$o : OutOfOffice()", "verdict.allow(kcontext); update($o);");

    @Test
    void aDecisionThatKeepsFiringFailsClosedNamingTheRule() {
        DroolsDecisionEngine engine = new DroolsDecisionEngine(new RuleSetHolder(unsandboxed(DRL)), LIMIT);
        for (OutOfOffice situation : List.of(COMPLETE, WITH_OPEN_FACTS)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> engine.decide(situation,
                    Language.EN)).isInstanceOfSatisfying(RuleSetException.class, e -> {
                        assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("test.drl");
                            assertThat(p.line()).isEqualTo(5);
                            assertThat(p.message()).startsWith("rule \"" + LOOPING_RULE
                                    + "\" was still firing when deciding out-of-office passed its time limit of 300 ms");
                        });
                    }));
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> engine.explain(situation,
                    Language.EN)).isInstanceOf(RuleSetException.class).hasMessageContaining(LOOPING_RULE));
        }
    }

    @Test
    void theSameRulesWithoutTheLoopDecideWithinTheLimit() {
        // The control: the error above comes from the loop, not from the limit or the unsandboxed build.
        String drl = DRL.replace(" update($o);", "");
        DroolsDecisionEngine engine = new DroolsDecisionEngine(new RuleSetHolder(unsandboxed(drl)), LIMIT);
        assertThat(engine.decide(COMPLETE, Language.EN).outcome().name()).isEqualTo("ALLOWED");
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> new DecisionTimeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DecisionTimeLimit.DEFAULT.limit()).isEqualTo(Duration.ofSeconds(2));
    }

    /** Compiles {@code drl} with Drools directly, as the sandbox would not let it through. */
    private static RuleSet unsandboxed(String drl) {
        RuleSetFiles files = new RuleSetFiles("t", List.of(new RuleFile("test.drl", drl),
                new RuleFile("messages_en.properties", "t-allow=allowed\n")));
        KieServices services = KieServices.Factory.get();
        ReleaseId id = services.newReleaseId("test", "decision-time-limit", "1." + System.nanoTime());
        KieFileSystem fileSystem = services.newKieFileSystem().generateAndWritePomXML(id)
                .write("src/main/resources/test.drl", drl);
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        assertThat(builder.getResults().getMessages()).isEmpty();
        KieBase kieBase = services.newKieContainer(id).getKieBase();
        services.getRepository().removeKieModule(id);
        List<RuleInfo> rules = kieBase.getKiePackage("test").getRules().stream()
                .map(r -> new RuleInfo(r.getName(), "test.drl", "t-allow", List.of("GDPR art. 5(1)(c)"))).toList();
        return new RuleSet(files.version(), files, kieBase, Messages.from(files), rules);
    }
}
