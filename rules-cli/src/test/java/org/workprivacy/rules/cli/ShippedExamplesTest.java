package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.decide.DecisionEngines;

/** Every shipped example is a valid situation that the bundled rules decide; every scenario has examples. */
class ShippedExamplesTest {
    private static final Path EXAMPLES = Path.of("../rules-examples/examples");

    @TestFactory
    Stream<DynamicTest> everyExampleDecides() throws IOException {
        var engine = DecisionEngines.bundled();
        var json = new SituationJson();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            var examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(examples.stream().map(p -> p.getParent().getFileName().toString()).distinct())
                    .containsExactlyInAnyOrderElementsOf(Scenario.ids());
            return examples.stream().map(file -> DynamicTest.dynamicTest(EXAMPLES.relativize(file).toString(), () -> {
                var situation = json.read(Files.readString(file));
                assertThat(situation.scenario().id()).isEqualTo(file.getParent().getFileName().toString());
                assertThat(engine.decide(situation).reasons()).isNotEmpty();
            }));
        }
    }
}
