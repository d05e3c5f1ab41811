package org.workprivacy.rules.drools.decide;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.workprivacy.rules.api.explain.Effect;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.json.Json;
import org.workprivacy.rules.api.rulebook.CaseEntry;
import org.workprivacy.rules.api.rulebook.RuleEntry;
import org.workprivacy.rules.api.rulebook.Rulebook;
import org.workprivacy.rules.api.rulebook.ScenarioRules;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.drools.casebook.CaseResult;
import org.workprivacy.rules.drools.casebook.CaseSpec;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleInfo;

/**
 * Reads the rulebook of one rule set: each rule's text from its file, its scenario from the situation type
 * its first pattern matches (as partial evaluation reads it), and which casebook cases fire it (by running
 * them). For reading only: nothing here takes part in a decision.
 */
final class RulebookBuilder {
    private static final Pattern THEN_MAPPING = Pattern.compile("^\\[then\\](.+?)=(.*)$");

    private RulebookBuilder() {
    }

    static Rulebook of(DroolsDecisionEngine engine) {
        RuleSet ruleSet = engine.ruleSet();
        List<String> problems = new ArrayList<>();
        List<Casebook> casebooks = List.of();
        try {
            casebooks = new CasebookReader().readAll(ruleSet.files());
        } catch (RuleSetException e) {
            e.problems().forEach(p -> problems.add(p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()));
        }
        Map<String, List<CaseEntry>> casesByScenario = new LinkedHashMap<>();
        Map<String, List<String>> casesByRule = new HashMap<>();
        CasebookRunner runner = new CasebookRunner();
        for (Casebook casebook : casebooks) {
            for (CaseSpec spec : casebook.cases()) {
                CaseResult result = runner.runCase(engine, casebook, spec);
                List<String> fired = result.actual().map(e -> e.firedRules().stream().map(FiredRule::ruleId)
                        .distinct().toList()).orElse(List.of());
                fired.forEach(rule -> casesByRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(spec.name()));
                casesByScenario.computeIfAbsent(casebook.scenario(), s -> new ArrayList<>()).add(new CaseEntry(
                        spec.name(), casebook.file(), spec.source(), json(spec), spec.expect().outcome(),
                        result.actual().map(e -> e.verdict().outcome()), result.mismatches(), fired));
            }
        }

        RuleReads reads = new RuleReads(ruleSet.files());
        Map<String, String> packages = new HashMap<>();
        for (Rule rule : ruleSet.compiledRules()) {
            packages.putIfAbsent(rule.getName(), rule.getPackageName());
        }
        Map<String, String> thenMappings = thenMappings(ruleSet);
        Map<String, List<RuleEntry>> rulesByScenario = new LinkedHashMap<>();
        for (RuleInfo info : ruleSet.rules()) {
            String scenario = reads.of(packages.getOrDefault(info.name(), ""), info.name())
                    .flatMap(RuleReads.Read::objectType)
                    .flatMap(type -> Arrays.stream(Scenario.values())
                            .filter(s -> s.situationType().getSimpleName().equals(type)).findFirst())
                    .map(Scenario::id).orElse(ScenarioRules.OTHER);
            rulesByScenario.computeIfAbsent(scenario, s -> new ArrayList<>())
                    .add(entry(ruleSet, info, thenMappings, casesByRule.getOrDefault(info.name(), List.of())));
        }

        List<ScenarioRules> scenarios = new ArrayList<>();
        List<String> order = new ArrayList<>(Scenario.ids());
        order.add(ScenarioRules.OTHER);
        for (String scenario : order) {
            List<RuleEntry> rules = new ArrayList<>(rulesByScenario.getOrDefault(scenario, List.of()));
            List<CaseEntry> cases = casesByScenario.getOrDefault(scenario, List.of());
            if (rules.isEmpty() && cases.isEmpty()) {
                continue;
            }
            rules.sort(Comparator.comparing(RuleEntry::file).thenComparingInt(RuleEntry::line));
            scenarios.add(new ScenarioRules(scenario, rules, cases));
        }
        return new Rulebook(ruleSet.version(), scenarios, problems);
    }

    private static RuleEntry entry(RuleSet ruleSet, RuleInfo info, Map<String, String> thenMappings, List<String> cases) {
        Optional<RuleFile> file = ruleSet.files().files().stream().filter(f -> f.path().equals(info.file())).findFirst();
        RuleText text = file.map(f -> RuleText.read(f.content(), info.name())).orElse(RuleText.NONE);
        Map<Language, String> messages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            ruleSet.messages().find(language, info.code()).ifPresent(m -> messages.put(language, m));
        }
        return new RuleEntry(info.name(), info.code(), info.file(), text.line(),
                file.map(f -> f.hasExtension("dslr")).orElse(false), text.when(), text.then(),
                effect(text.then(), thenMappings), messages, info.legalBasis(), cases);
    }

    /** What the consequence calls on the verdict, its decision-language sentences expanded first. */
    private static Optional<Effect> effect(List<String> then, Map<String, String> thenMappings) {
        String code = String.join("\n", then.stream().map(line -> thenMappings.getOrDefault(line, line)).toList());
        if (code.contains(".deny(")) {
            return Optional.of(Effect.DENY);
        }
        if (code.contains(".allow(")) {
            return Optional.of(Effect.ALLOW);
        }
        if (code.contains(".condition(")) {
            return Optional.of(Effect.CONDITION);
        }
        return Optional.empty();
    }

    private static Map<String, String> thenMappings(RuleSet ruleSet) {
        Map<String, String> mappings = new HashMap<>();
        ruleSet.files().withExtension("dsl").forEach(dsl -> dsl.content().lines().forEach(line -> {
            Matcher matcher = THEN_MAPPING.matcher(line.strip());
            if (matcher.matches()) {
                mappings.put(matcher.group(1).strip(), matcher.group(2).strip());
            }
        }));
        return mappings;
    }

    private static String json(CaseSpec spec) {
        try {
            return Json.mapper().writeValueAsString(spec.facts());
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    /** The lines of one rule as written: its header line, and its when and then parts without comments. */
    record RuleText(int line, List<String> when, List<String> then) {
        static final RuleText NONE = new RuleText(0, List.of(), List.of());

        static RuleText read(String content, String name) {
            Pattern header = Pattern.compile("^\\s*rule\\s+(\"" + Pattern.quote(name) + "\"|'" + Pattern.quote(name)
                    + "'|" + Pattern.quote(name) + "(\\s|$))");
            List<String> lines = content.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (header.matcher(lines.get(i)).find()) {
                    return body(lines, i);
                }
            }
            return NONE;
        }

        private static RuleText body(List<String> lines, int headerIndex) {
            List<String> when = new ArrayList<>();
            List<String> then = new ArrayList<>();
            List<String> into = null;
            for (int i = headerIndex + 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.equals("end")) {
                    break;
                } else if (line.equals("when")) {
                    into = when;
                } else if (line.equals("then")) {
                    into = then;
                } else if (into != null && !line.isEmpty() && !line.startsWith("//") && !line.startsWith("#")) {
                    into.add(line);
                }
            }
            return new RuleText(headerIndex + 1, when, then);
        }
    }
}
