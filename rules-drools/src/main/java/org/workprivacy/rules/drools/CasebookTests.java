package org.workprivacy.rules.drools;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.drools.casebook.CaseResult;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;

/**
 * The casebooks beside an engine's rules as JUnit 5 dynamic tests, one container per casebook and one
 * test per case, so an embedding project runs legal staff's cases in its own build:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> casebooks() {
 *     return CasebookTests.of(DecisionEngines.fromDirectory(Path.of("rules")));
 * }
 * }</pre>
 * Needs junit-jupiter-api on the test class path (this library declares it optional).
 */
public final class CasebookTests {
    private CasebookTests() {
    }

    /**
     * The casebooks beside {@code engine}'s rules, one dynamic test per case.
     *
     * @param engine an engine built by {@link DecisionEngines}
     * @throws IllegalArgumentException for an engine of another implementation, whose rule files are unknown
     */
    public static Stream<DynamicNode> of(DecisionEngine engine) {
        if (!(engine instanceof DroolsDecisionEngine drools)) {
            throw new IllegalArgumentException("casebooks run on an engine from DecisionEngines, not on "
                    + engine.getClass().getName());
        }
        CasebookRunner runner = new CasebookRunner();
        List<Casebook> casebooks = new CasebookReader().readAll(drools.ruleSet().files());
        return casebooks.stream().map(casebook -> DynamicContainer.dynamicContainer(casebook.file(),
                casebook.cases().stream().map(spec -> DynamicTest.dynamicTest(spec.name(), () -> {
                    CaseResult result = runner.runCase(engine, casebook, spec);
                    if (!result.passed()) {
                        throw new AssertionFailedError(casebook.file() + " / " + spec.name() + ": "
                                + String.join("; ", result.mismatches()));
                    }
                }))));
    }
}
