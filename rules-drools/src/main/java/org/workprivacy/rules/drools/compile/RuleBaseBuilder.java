package org.workprivacy.rules.drools.compile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.lint.DslSentences;
import org.workprivacy.rules.drools.load.LastUsed;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.ParsedRuleFiles.ParsedRuleFile;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleFileScenarios;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.locate.ProblemLocator;

/**
 * Builds the rule bases of checked rule files with Drools. When every rule file's rules match one scenario's
 * situations only (as the bundled files do), each scenario gets its own rule base from its own files, and a
 * rule base whose files and decision language are unchanged since a recent build is reused: a reload after one
 * edit rebuilds one scenario. Otherwise (a rule for several scenarios, or one whose scenario cannot be told from
 * its patterns: {@link RuleFileScenarios}) all files go into one rule base, as before.
 */
final class RuleBaseBuilder {
    /** The rule bases when the build had no errors (else null), and what Drools said, located. */
    record Built(RuleBases bases, List<RuleProblem> problems) {
        Built {
            problems = List.copyOf(problems);
        }
    }

    /** A rule base and Drools' messages for it: the same files and language build the same rule base. */
    private record Compiled(KieBase kieBase, List<RuleProblem> problems) {
    }

    private record Key(List<RuleFile> files, List<RuleFile> language) {
    }

    private static final LastUsed<Key, Compiled> RECENT = new LastUsed<>(16);
    /** Every build gets its own release id, so that two builds of one version never meet in Drools' repository. */
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleBaseBuilder() {
    }

    static Built build(RuleSetFiles files, List<DslSentences.Overlap> overlaps) {
        List<ParsedRuleFile> parsed = ParsedRuleFiles.of(files).files().stream()
                .filter(p -> p.expansionErrors().isEmpty()) // reported, never built (RuleSetCompiler.writeCheckedSources)
                .toList();
        Map<Scenario, List<ParsedRuleFile>> groups = perScenario(parsed);
        List<RuleFile> language = files.withExtension("dsl").toList();
        if (groups == null) {
            Compiled all = compile(parsed, files, overlaps);
            return new Built(all.kieBase() == null ? null : RuleBases.single(all.kieBase()), all.problems());
        }
        Map<Scenario, KieBase> bases = new EnumMap<>(Scenario.class);
        List<RuleProblem> problems = new ArrayList<>();
        boolean failed = false;
        for (Map.Entry<Scenario, List<ParsedRuleFile>> group : groups.entrySet()) {
            Key key = new Key(group.getValue().stream().map(ParsedRuleFile::file).toList(), language);
            Compiled compiled = RECENT.get(key, k -> compile(group.getValue(), files, overlaps));
            problems.addAll(compiled.problems());
            if (compiled.kieBase() == null) {
                failed = true;
            } else {
                bases.put(group.getKey(), compiled.kieBase());
            }
        }
        return new Built(failed ? null : RuleBases.perScenario(bases), problems.stream().distinct().toList());
    }

    /**
     * The files of each scenario, in the order given; a file without rules (package, imports, globals) goes
     * with every scenario. Null when some file's rules are for several scenarios or cannot be told, or do not
     * parse (then one build reports Drools' own errors, as it always did).
     */
    private static Map<Scenario, List<ParsedRuleFile>> perScenario(List<ParsedRuleFile> parsed) {
        Map<Scenario, List<ParsedRuleFile>> groups = new EnumMap<>(Scenario.class);
        List<ParsedRuleFile> shared = new ArrayList<>();
        for (ParsedRuleFile file : parsed) {
            if (!file.readable()) {
                return null;
            }
            if (file.tree().get().getRules().isEmpty()) {
                shared.add(file);
                continue;
            }
            Set<Scenario> scenarios = RuleFileScenarios.of(file.tree().get());
            if (scenarios.size() != 1) {
                return null;
            }
            groups.computeIfAbsent(scenarios.iterator().next(), s -> new ArrayList<>()).add(file);
        }
        if (groups.isEmpty()) {
            return null;
        }
        if (!shared.isEmpty()) {
            groups.replaceAll((scenario, own) -> parsed.stream().filter(f -> own.contains(f) || shared.contains(f)).toList());
        }
        return groups;
    }

    private static Compiled compile(List<ParsedRuleFile> group, RuleSetFiles files, List<DslSentences.Overlap> overlaps) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("org.workprivacy.ruleset", "rules",
                files.version().replace(':', '-') + "-" + BUILDS.incrementAndGet());
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        RuleSetCompiler.write(group, fileSystem);
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        List<RuleProblem> problems = RuleSetCompiler.withoutFollowUps(builder.getResults().getMessages().stream()
                .map(message -> ProblemLocator.refine(RuleSetCompiler.toProblem(message), files, overlaps))
                .toList());
        if (problems.stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
            return new Compiled(null, problems);
        }
        try {
            return new Compiled(services.newKieContainer(releaseId).getKieBase(), problems);
        } finally {
            // Drop the module from the global repository so that reloads don't pile up.
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
