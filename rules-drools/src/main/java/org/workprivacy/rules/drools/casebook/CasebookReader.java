package org.workprivacy.rules.drools.casebook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.load.TextLines;

/**
 * Reads casebooks (YAML) and reports a broken one with file, line and column. Bounded by
 * {@link CasebookLimits}; anchors and aliases are refused (each case spells out its facts, and an alias
 * is how a "billion laughs" document blows up), and so is a key given twice.
 */
public final class CasebookReader {
    private final CasebookLimits limits;
    private final ObjectMapper yaml;

    /** A reader with the {@link CasebookLimits#DEFAULT default limits}. */
    public CasebookReader() {
        this(CasebookLimits.DEFAULT);
    }

    public CasebookReader(CasebookLimits limits) {
        this.limits = limits;
        this.yaml = limits.strictYaml();
    }

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
        if (file.content().length() > limits.maxChars()) {
            throw problem(file, 0, 0, "the casebook is " + file.content().length() + " characters long; at most "
                    + limits.maxChars() + " are read: split it into several casebooks");
        }
        Document document;
        try {
            refuseAliases(file);
            document = yaml.readValue(file.content(), Document.class);
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            String message = String.valueOf(e.getOriginalMessage()).contains("nesting depth")
                    ? "the casebook is nested more than " + limits.maxNestingDepth() + " levels deep"
                    : "the casebook exceeds a size limit: " + e.getOriginalMessage();
            throw problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), message);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw problem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot read the casebook: " + e.getMessage());
        }
        if (document == null) {
            throw problem(file, 0, 0, "empty casebook; expected \"scenario\" and \"cases\"");
        }
        if (Scenario.byId(document.scenario()).isEmpty()) {
            throw problem(file, 1, 0, "unknown scenario \"" + document.scenario() + "\"; known: " + Scenario.ids());
        }
        // A YAML null ("cases: ~", "- ~") binds as Java null: refuse it here rather than fail later.
        if (document.cases() == null || document.cases().contains(null)) {
            throw problem(file, lineOf(file, "cases"), 0, "\"cases\" must be a list of cases, each with a name,"
                    + " facts and what to expect; found an empty entry");
        }
        if (document.cases().size() > limits.maxCases()) {
            throw problem(file, 0, 0, "the casebook has " + document.cases().size() + " cases; at most "
                    + limits.maxCases() + " are allowed: split it into several casebooks");
        }
        return new Casebook(file.path(), document.scenario(), document.cases());
    }

    /** The line of a top-level key, or 0. */
    private static int lineOf(RuleFile file, String key) {
        var matcher = java.util.regex.Pattern.compile("(?m)^" + key + "\\s*:").matcher(file.content());
        return matcher.find() ? TextLines.lineAt(file.content(), matcher.start()) : 0;
    }

    /** A streaming pass before binding: the first anchor ({@code &name}) or alias ({@code *name}) is refused. */
    private void refuseAliases(RuleFile file) throws IOException {
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(file.content())) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias() || parser.getCurrentAnchor() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw problem(file, at.getLineNr(), at.getColumnNr(), "anchors and aliases (&name, *name) are not"
                            + " allowed in casebooks: write each case's facts out in full");
                }
            }
        }
    }

    private static RuleSetException problem(RuleFile file, int line, int column, String message) {
        return new RuleSetException(List.of(new RuleProblem(Severity.ERROR, file.path(), line, column, message)));
    }
}
