package org.workprivacy.rules.drools.analysis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.drools.casebook.CasebookLimits;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Reads invariants files ({@code <scenario>.invariants.yaml}, beside the rules) as strictly as casebooks:
 * unknown keys, keys given twice, anchors and aliases, unknown facts and values, and files past the
 * {@link CasebookLimits} are refused, each as {@code file:line: message}. Every problem of every file is
 * reported at once.
 */
public final class InvariantReader {
    /** Invariants files end in this suffix. */
    public static final String SUFFIX = ".invariants.yaml";
    static final String NOT_STATED = "not stated";
    static final String ANY = "any";
    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>|==)\\s*(\\d{1,9})");

    private final CasebookLimits limits;
    private final ObjectMapper yaml;

    public InvariantReader() {
        this(CasebookLimits.DEFAULT);
    }

    public InvariantReader(CasebookLimits limits) {
        this.limits = limits;
        this.yaml = limits.strictYaml();
    }

    private record Document(@JsonProperty(value = "scenario", required = true) String scenario,
                            @JsonProperty(value = "invariants", required = true) List<Spec> invariants) {
        @JsonCreator
        Document {
        }
    }

    private record Spec(@JsonProperty(value = "id", required = true) String id,
                        @JsonProperty(value = "sentence", required = true) String sentence,
                        @JsonProperty(value = "legalBasis", required = true) String legalBasis,
                        @JsonProperty("when") LinkedHashMap<String, JsonNode> when,
                        @JsonProperty("never") JsonNode never,
                        @JsonProperty("always") JsonNode always) {
        @JsonCreator
        Spec {
        }
    }

    /** Where things are in the file: the line of each invariant and of each fact named in its {@code when}. */
    private record Lines(List<Integer> invariants, List<Map<String, Integer>> whenKeys) {
    }

    /** The invariants of every invariants file in the rule set; throws with every problem if any is wrong. */
    List<Invariant> readAll(RuleSetFiles files) {
        List<Invariant> invariants = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        files.files().stream().filter(f -> f.path().endsWith(SUFFIX)).forEach(file -> {
            try {
                invariants.addAll(read(file));
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return invariants;
    }

    /** The invariants of one file. */
    List<Invariant> read(RuleFile file) {
        if (file.content().length() > limits.maxChars()) {
            throw problems(List.of(problem(file, 0, "the invariants file is " + file.content().length()
                    + " characters long; at most " + limits.maxChars() + " are read: split it")));
        }
        Document document;
        Lines lines;
        try {
            lines = scan(file);
            document = yaml.readValue(file.content(), Document.class);
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            String message = String.valueOf(e.getOriginalMessage()).contains("nesting depth")
                    ? "the invariants file is nested more than " + limits.maxNestingDepth() + " levels deep"
                    : "the invariants file exceeds a size limit: " + e.getOriginalMessage();
            throw problems(List.of(problem(file, at == null ? 0 : at.getLineNr(), message)));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw problems(List.of(problem(file, at == null ? 0 : at.getLineNr(), e.getOriginalMessage())));
        } catch (IOException e) {
            throw problems(List.of(problem(file, 0, "cannot read the invariants file: " + e.getMessage())));
        }
        if (document == null) {
            throw problems(List.of(problem(file, 0, "empty invariants file; expected \"scenario\" and \"invariants\"")));
        }
        Optional<Scenario> scenario = Scenario.byId(document.scenario());
        if (scenario.isEmpty()) {
            throw problems(List.of(problem(file, 1, "unknown scenario \"" + document.scenario() + "\"; known: "
                    + Scenario.ids())));
        }
        String expectedName = scenario.get().id() + SUFFIX;
        if (!file.name().equals(expectedName)) {
            throw problems(List.of(problem(file, 1, "the invariants of scenario " + scenario.get().id()
                    + " belong in a file named " + expectedName)));
        }
        if (document.invariants() == null || document.invariants().contains(null)) {
            throw problems(List.of(problem(file, 0, "\"invariants\" must be a list of invariants, each with an id,"
                    + " a sentence, a legalBasis, when and never or always; found an empty entry")));
        }
        if (document.invariants().size() > limits.maxCases()) {
            throw problems(List.of(problem(file, 0, "the file has " + document.invariants().size()
                    + " invariants; at most " + limits.maxCases() + " are allowed: split it")));
        }
        FactSpace space = FactSpace.of(scenario.get());
        List<RuleProblem> problems = new ArrayList<>();
        List<Invariant> invariants = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < document.invariants().size(); i++) {
            Spec spec = document.invariants().get(i);
            int line = i < lines.invariants().size() ? lines.invariants().get(i) : 0;
            Map<String, Integer> keyLines = i < lines.whenKeys().size() ? lines.whenKeys().get(i) : Map.of();
            int before = problems.size();
            if (spec.id().isBlank() || !spec.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                problems.add(problem(file, line, "invariant id \"" + spec.id() + "\" must be kebab-case (a-z, 0-9, -)"));
            } else if (!ids.add(spec.id())) {
                problems.add(problem(file, line, "invariant id \"" + spec.id() + "\" is used twice"));
            }
            if (spec.sentence().isBlank()) {
                problems.add(problem(file, line, "invariant " + spec.id() + ": the sentence is empty"));
            }
            List<String> basis = List.of(spec.legalBasis().split(";")).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (basis.isEmpty()) {
                problems.add(problem(file, line, "invariant " + spec.id() + ": legalBasis is empty"));
            }
            Map<Fact, FactPattern> when = new LinkedHashMap<>();
            if (spec.when() != null) {
                spec.when().forEach((name, node) -> {
                    int at = keyLines.getOrDefault(name, line);
                    Optional<Fact> fact = space.fact(name);
                    if (fact.isEmpty()) {
                        problems.add(problem(file, at, "unknown fact \"" + name + "\" in scenario " + scenario.get().id()
                                + "; facts: " + space.facts().stream().map(Fact::name).toList()));
                        return;
                    }
                    pattern(fact.get(), node).ifPresentOrElse(p -> when.put(fact.get(), p), () -> problems.add(
                            problem(file, at, "fact " + name + ": " + describeError(fact.get(), node))));
                });
            }
            if ((spec.never() == null) == (spec.always() == null)) {
                problems.add(problem(file, line, "invariant " + spec.id() + ": give exactly one of \"never\" and \"always\""));
            }
            JsonNode claim = spec.never() != null ? spec.never() : spec.always();
            Invariant.Property property = null;
            String value = null;
            if (claim != null) {
                if (claim.isTextual()) {
                    property = Invariant.Property.OUTCOME;
                    value = claim.asText();
                } else if (claim.isObject() && claim.size() == 1) {
                    String key = claim.fieldNames().next();
                    property = switch (key) {
                        case "outcome" -> Invariant.Property.OUTCOME;
                        case "reason" -> Invariant.Property.REASON;
                        case "condition" -> Invariant.Property.CONDITION;
                        default -> null;
                    };
                    value = claim.get(key).isTextual() ? claim.get(key).asText() : null;
                }
                if (property == null || value == null) {
                    problems.add(problem(file, line, "invariant " + spec.id() + ": never/always takes ALLOWED, DENIED or"
                            + " one of {outcome: ALLOWED|DENIED}, {reason: <code>}, {condition: <code>}; found " + claim));
                } else if (property == Invariant.Property.OUTCOME
                        && !(value.equals(Outcome.ALLOWED.name()) || value.equals(Outcome.DENIED.name()))) {
                    problems.add(problem(file, line, "invariant " + spec.id() + ": outcome \"" + value
                            + "\" is neither ALLOWED nor DENIED"));
                } else if (property != Invariant.Property.OUTCOME && !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    problems.add(problem(file, line, "invariant " + spec.id() + ": \"" + value
                            + "\" is not a code (kebab-case)"));
                }
            }
            if (problems.size() == before) {
                invariants.add(new Invariant(spec.id(), spec.sentence().strip(), basis, file.path(), line,
                        scenario.get().id(), when, spec.always() != null, property, value));
            }
        }
        if (!problems.isEmpty()) {
            throw problems(problems);
        }
        return invariants;
    }

    /** Every problem of the rule set's invariants files, located; empty when they all read cleanly. */
    public List<RuleProblem> problems(RuleSetFiles files) {
        try {
            readAll(files);
            return List.of();
        } catch (RuleSetException e) {
            return e.problems();
        }
    }

    /** The pattern for one fact, or empty when a value is not one the fact can take. */
    private static Optional<FactPattern> pattern(Fact fact, JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(items::add);
            if (items.isEmpty()) {
                return Optional.empty();
            }
        } else {
            items.add(node);
        }
        Set<Object> values = new HashSet<>();
        List<FactPattern.Comparison> comparisons = new ArrayList<>();
        boolean notStated = false;
        for (JsonNode item : items) {
            if (item == null || item.isNull() || item.isTextual() && item.asText().equals(NOT_STATED)) {
                notStated = true;
            } else if (item.isTextual() && item.asText().equals(ANY)) {
                notStated = true;
                if (fact.isNumber()) {
                    comparisons.add(new FactPattern.Comparison(">=", 0));
                } else {
                    values.addAll(fact.values());
                }
            } else {
                Optional<Object> value = value(fact, item);
                if (value.isPresent()) {
                    values.add(value.get());
                    continue;
                }
                Matcher comparison = item.isTextual() && fact.isNumber() ? COMPARISON.matcher(item.asText().strip()) : null;
                if (comparison == null || !comparison.matches()) {
                    return Optional.empty();
                }
                comparisons.add(new FactPattern.Comparison(comparison.group(1), Integer.parseInt(comparison.group(2))));
            }
        }
        return Optional.of(new FactPattern(values, notStated, comparisons));
    }

    private static Optional<Object> value(Fact fact, JsonNode item) {
        if (fact.type() == Boolean.class) {
            return item.isBoolean() ? Optional.of(item.booleanValue()) : Optional.empty();
        }
        if (fact.isNumber()) {
            return item.isInt() && item.intValue() >= 0 ? Optional.of(item.intValue()) : Optional.empty();
        }
        if (!item.isTextual()) {
            return Optional.empty();
        }
        return fact.values().stream().filter(v -> SituationJson.enumJsonName((Enum<?>) v).equals(item.asText())).findFirst();
    }

    private static String describeError(Fact fact, JsonNode node) {
        String expected;
        if (fact.type() == Boolean.class) {
            expected = "true, false";
        } else if (fact.isNumber()) {
            expected = "a whole number, or a comparison such as \"< 30\"";
        } else {
            expected = fact.values().stream().map(v -> SituationJson.enumJsonName((Enum<?>) v)).collect(Collectors.joining(", "));
        }
        return "invalid value " + node + "; expected " + expected + ", \"" + ANY + "\", \"" + NOT_STATED
                + "\", or a list of these";
    }

    /** A streaming pass: refuses anchors and aliases, and notes the line of each invariant and each fact in its when. */
    private Lines scan(RuleFile file) throws IOException {
        List<Integer> invariantLines = new ArrayList<>();
        List<Map<String, Integer>> whenKeys = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(file.content())) {
            int depth = 0;
            String topKey = null;
            String invariantKey = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (parser.isCurrentAlias() || parser.getCurrentAnchor() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw problems(List.of(problem(file, at.getLineNr(), "anchors and aliases (&name, *name) are not"
                            + " allowed in invariants files: write each invariant out in full")));
                }
                int line = parser.currentTokenLocation().getLineNr();
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth == 3 && token == JsonToken.START_OBJECT && "invariants".equals(topKey)) {
                            invariantLines.add(line);
                            whenKeys.add(new HashMap<>());
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (depth == 1) {
                            topKey = parser.currentName();
                        } else if (depth == 3) {
                            invariantKey = parser.currentName();
                        } else if (depth == 4 && "when".equals(invariantKey) && !whenKeys.isEmpty()) {
                            whenKeys.get(whenKeys.size() - 1).putIfAbsent(parser.currentName(), line);
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Lines(invariantLines, whenKeys);
    }

    private static RuleProblem problem(RuleFile file, int line, String message) {
        return new RuleProblem(Severity.ERROR, file.path(), line, 0, message);
    }

    private static RuleSetException problems(List<RuleProblem> problems) {
        return new RuleSetException(problems);
    }
}
