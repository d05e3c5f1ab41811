package org.workprivacy.rules.drools.casebook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** Reads casebooks (YAML) and reports a broken one with file, line and column. */
public final class CasebookReader {
    private final ObjectMapper yaml = YAMLMapper.builder(YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private record Document(@JsonProperty(value = "scenario", required = true) String scenario,
                            @JsonProperty(value = "cases", required = true) List<CaseSpec> cases) {
        @JsonCreator
        Document {
        }
    }

    /** Every casebook in the rule set; throws with all problems if any casebook is broken. */
    public List<Casebook> readAll(RuleSetFiles files) {
        List<Casebook> casebooks = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        files.files().stream().filter(f -> f.path().endsWith(Casebook.SUFFIX)).forEach(file -> {
            try {
                casebooks.add(read(file));
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return casebooks;
    }

    public Casebook read(RuleFile file) {
        Document document;
        try {
            document = yaml.readValue(file.content(), Document.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        }
        if (document == null) {
            throw problem(file, 0, 0, "empty casebook; expected \"scenario\" and \"cases\"");
        }
        if (Scenario.byId(document.scenario()).isEmpty()) {
            throw problem(file, 1, 0, "unknown scenario \"" + document.scenario() + "\"; known: " + Scenario.ids());
        }
        return new Casebook(file.path(), document.scenario(), document.cases());
    }

    private static RuleSetException problem(RuleFile file, int line, int column, String message) {
        return new RuleSetException(List.of(new RuleProblem(Severity.ERROR, file.path(), line, column, message)));
    }
}
