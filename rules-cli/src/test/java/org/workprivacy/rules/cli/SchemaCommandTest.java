package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.situation.Scenario;

/** The printed schema is valid draft 2020-12, accepts every shipped example and rejects what the parser rejects. */
class SchemaCommandTest {
    private static final Path EXAMPLES = Path.of("../rules-examples/examples");
    private static final ObjectMapper JSON = Json.mapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    private static Schema printedSchema(String... scenario) throws IOException {
        String[] args = Stream.concat(Stream.of("schema"), Stream.of(scenario)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        return REGISTRY.getSchema(JSON.readTree(run.out()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyShippedExampleValidates(Path example) throws IOException {
        JsonNode situation = JSON.readTree(example.toFile());
        assertThat(printedSchema().validate(situation)).as("against all scenarios").isEmpty();
        assertThat(printedSchema(situation.get("scenario").asText()).validate(situation)).as("against its own").isEmpty();
    }

    @Test
    void rejectsAnUnknownFactAWrongTypeAndAnUnknownValue() throws IOException {
        Schema schema = printedSchema("out-of-office");
        assertThat(errors(schema, "{\"scenario\": \"out-of-office\", \"facts\": {\"colour\": true}}")).isNotEmpty();
        assertThat(errors(schema, "{\"scenario\": \"out-of-office\", \"facts\": {\"mailOpened\": \"no\"}}")).isNotEmpty();
        assertThat(errors(schema, "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}}")).isNotEmpty();
        assertThat(errors(schema, "{\"scenario\": \"chat-monitoring\", \"facts\": {}}")).isNotEmpty();
        assertThat(errors(printedSchema(), "{\"scenario\": \"lunch\", \"facts\": {}}")).isNotEmpty();
    }

    @Test
    void acceptsFactsLeftOutOrNullAndACallerId() throws IOException {
        Schema schema = printedSchema();
        assertThat(errors(schema, "{\"scenario\": \"out-of-office\", \"facts\": {}}")).isEmpty();
        assertThat(errors(schema, "{\"id\": 7, \"scenario\": \"out-of-office\", \"facts\": {\"method\": null}}")).isEmpty();
    }

    @Test
    void printsEveryScenarioWithoutAnArgument() throws IOException {
        JsonNode all = JSON.readTree(CliRun.of("schema").out());
        for (Scenario scenario : Scenario.values()) {
            assertThat(all.at("/$defs/" + scenario.id() + "/properties/facts/properties").size()).isPositive();
        }
    }

    @Test
    void anUnknownScenarioIsAUsageError() {
        CliRun run = CliRun.of("schema", "lunch");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown scenario 'lunch'").contains("out-of-office");
    }

    private static List<Error> errors(Schema schema, String json) throws IOException {
        return schema.validate(JSON.readTree(json));
    }
}
