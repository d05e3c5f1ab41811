package org.workprivacy.rules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.schema.SituationSchema;
import org.workprivacy.rules.api.situation.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of situation JSON: one scenario's, or all of them.")
final class SchemaCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "0..1", converter = ScenarioConverter.class,
            description = "A scenario id (${COMPLETION-CANDIDATES}). Default: every scenario (oneOf).",
            completionCandidates = ScenarioConverter.Ids.class)
    Scenario scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        SituationSchema schema = new SituationSchema();
        var document = scenario == null ? schema.all() : schema.situation(scenario);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.pretty().writeValueAsString(document));
        out.flush();
        return ExitCode.OK;
    }
}
