package org.workprivacy.rules.drools.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.analysis.ScenarioAnalysis;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.drools.analysis.InvariantReader;
import org.workprivacy.rules.drools.analysis.RuleSetAnalyzer;
import org.workprivacy.rules.drools.casebook.CaseResult;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.casebook.CasebookReport;
import org.workprivacy.rules.drools.casebook.CasebookRunner;
import org.workprivacy.rules.drools.compile.BuildTimeLimit;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleFileScenarios;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * What {@code workprivacy test} runs (the casebooks, then the invariants), kept warm between runs so that an edit
 * is tested again in a fraction of a second: the first run builds and tests everything; each later run builds and
 * tests only the scenarios the changed files can affect, and keeps the results of the others.
 *
 * <p>Why that gives the same results as a full run: a decision inserts one situation, so a scenario's verdicts depend
 * only on the rule files whose patterns match its situation type ({@link RuleFileScenarios}), the decision language
 * and the messages. A change to a .dsl or .properties file, or to a rule file whose patterns cannot be told, tests
 * every scenario again. A change that does not build is reported and its scenarios stay due, so the next run tests
 * them again. Not thread-safe: one session per watch.
 */
public final class TestSession {
    /** The casebook report of a run, and which scenarios it tested again (all on the first run). */
    public record Casebooks(CasebookReport report, Set<Scenario> tested) {
        public Casebooks {
            tested = Set.copyOf(tested);
        }
    }

    private static final Set<Scenario> ALL = EnumSet.allOf(Scenario.class);

    private final BuildTimeLimit limit;
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final CasebookRunner runner = new CasebookRunner();
    private final CasebookReader reader = new CasebookReader();
    /** Casebooks by file content, so an unchanged one is not parsed again. */
    private final Map<RuleFile, Casebook> casebooks = new HashMap<>();
    private RuleFileScenarios ruleFiles = new RuleFileScenarios(List.of());
    private RuleSetFiles last;
    /** Scenarios a change touched that have not been tested since (their build failed). */
    private final Set<Scenario> due = EnumSet.noneOf(Scenario.class);
    private final Map<String, List<CaseResult>> resultsByCasebook = new LinkedHashMap<>();
    private List<RuleInfo> rules = List.of();
    private final Map<Scenario, ScenarioAnalysis> analyses = new EnumMap<>(Scenario.class);
    private RuleSet built;
    private Set<Scenario> tested = EnumSet.noneOf(Scenario.class);

    public TestSession(BuildTimeLimit limit) {
        this.limit = limit;
    }

    /**
     * Builds what {@code files} changed since the last run and runs the casebooks of the scenarios it can affect.
     *
     * @throws RuleSetException when the rules needed do not build or a casebook cannot be read
     */
    public Casebooks casebooks(RuleSetFiles files) {
        List<RuleFile> dsls = files.withExtension("dsl").toList();
        if (!ruleFiles.sameLanguage(dsls)) {
            ruleFiles = new RuleFileScenarios(dsls);
        }
        Set<Scenario> affected = EnumSet.copyOf(last == null ? ALL : changed(last, files));
        affected.addAll(due);
        last = files;
        due.addAll(affected);
        if (affected.isEmpty()) {
            tested = EnumSet.noneOf(Scenario.class);
            return new Casebooks(report(), tested);
        }
        RuleSetFiles needed = affected.equals(ALL) ? files : subset(files, affected);
        RuleSet ruleSet = limit.run(files.origin(), () -> compiler.compile(needed));
        List<Casebook> read = read(files);
        List<Casebook> rerun = read.stream().filter(c -> affected.contains(scenarioOf(c))).toList();
        List<CaseResult> results = runner.results(DecisionEngines.of(ruleSet), rerun);

        Set<String> present = read.stream().map(Casebook::file).collect(Collectors.toSet());
        resultsByCasebook.keySet().removeIf(file -> !present.contains(file));
        rerun.forEach(c -> resultsByCasebook.put(c.file(), new ArrayList<>()));
        results.forEach(r -> resultsByCasebook.get(r.casebook().file()).add(r));
        Set<String> rebuiltFiles = needed.withExtension("drl", "dslr").map(RuleFile::path).collect(Collectors.toSet());
        Set<String> ruleFilePaths = files.withExtension("drl", "dslr").map(RuleFile::path).collect(Collectors.toSet());
        List<RuleInfo> merged = new ArrayList<>(rules.stream()
                .filter(r -> ruleFilePaths.contains(r.file()) && !rebuiltFiles.contains(r.file())).toList());
        merged.addAll(ruleSet.rules());
        merged.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        rules = List.copyOf(merged);
        built = ruleSet;
        tested = affected;
        due.clear();
        return new Casebooks(report(), tested);
    }

    /**
     * The invariants of the scenarios the last {@link #casebooks} run tested, checked on the rules it built; the other
     * scenarios keep their earlier analysis.
     *
     * @throws RuleSetException when an invariants file is broken
     */
    public Analysis invariants() {
        if (built == null) {
            throw new IllegalStateException("run the casebooks first");
        }
        if (!tested.isEmpty()) {
            Analysis analysis = new RuleSetAnalyzer(RuleSetAnalyzer.DEFAULT_EXAMPLES, 0).analyze(built, tested);
            tested.forEach(analyses::remove);
            for (ScenarioAnalysis scenario : analysis.scenarios()) {
                Scenario.byId(scenario.scenario()).ifPresent(s -> analyses.put(s, scenario));
            }
        }
        return new Analysis(last.version(), List.copyOf(analyses.values()));
    }

    private CasebookReport report() {
        List<CaseResult> results = resultsByCasebook.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).toList();
        return CasebookRunner.report(results, rules);
    }

    /** The scenarios the files that differ between {@code before} and {@code after} can affect. */
    private Set<Scenario> changed(RuleSetFiles before, RuleSetFiles after) {
        Map<String, RuleFile> old = byPath(before);
        Map<String, RuleFile> now = byPath(after);
        Set<String> paths = new java.util.TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        Set<Scenario> affected = EnumSet.noneOf(Scenario.class);
        for (String path : paths) {
            RuleFile was = old.get(path);
            RuleFile is = now.get(path);
            if (was != null && was.equals(is)) {
                continue;
            }
            for (RuleFile version : new RuleFile[] {was, is}) {
                if (version != null) {
                    affected.addAll(scenariosOf(version));
                }
            }
        }
        return affected;
    }

    private Set<Scenario> scenariosOf(RuleFile file) {
        if (file.hasExtension("drl") || file.hasExtension("dslr")) {
            return ruleFiles.of(file);
        }
        if (file.path().endsWith(Casebook.SUFFIX)) {
            return casebook(file).map(c -> (Set<Scenario>) EnumSet.of(scenarioOf(c))).orElse(ALL);
        }
        if (file.path().endsWith(InvariantReader.SUFFIX)) {
            return Scenario.byId(file.name().substring(0, file.name().length() - InvariantReader.SUFFIX.length()))
                    .map(s -> (Set<Scenario>) EnumSet.of(s)).orElse(ALL);
        }
        return ALL; // the decision language, the messages: every rule may use them
    }

    /** The files {@code affected} needs: every file but the rule files and casebooks of other scenarios only. */
    private RuleSetFiles subset(RuleSetFiles files, Set<Scenario> affected) {
        List<RuleFile> needed = new ArrayList<>();
        for (RuleFile file : files.files()) {
            boolean rules = file.hasExtension("drl") || file.hasExtension("dslr");
            if (rules && ruleFiles.of(file).stream().noneMatch(affected::contains)) {
                continue;
            }
            if (file.path().endsWith(Casebook.SUFFIX)
                    && casebook(file).filter(c -> !affected.contains(scenarioOf(c))).isPresent()) {
                continue;
            }
            needed.add(file);
        }
        return new RuleSetFiles(files.origin(), needed);
    }

    private List<Casebook> read(RuleSetFiles files) {
        List<RuleFile> books = files.files().stream().filter(f -> f.path().endsWith(Casebook.SUFFIX)).toList();
        if (books.stream().anyMatch(f -> casebook(f).isEmpty())) {
            reader.readAll(files); // throws with every problem located, as `test` reports them
        }
        return books.stream().map(f -> casebook(f).orElseThrow()).toList();
    }

    private Optional<Casebook> casebook(RuleFile file) {
        Casebook known = casebooks.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            Casebook read = reader.read(file);
            if (casebooks.size() > 256) {
                casebooks.clear(); // an editing session of hours: keep only recent versions
            }
            casebooks.put(file, read);
            return Optional.of(read);
        } catch (RuleSetException e) {
            return Optional.empty();
        }
    }

    private static Scenario scenarioOf(Casebook casebook) {
        return Scenario.byId(casebook.scenario()).orElseThrow(); // the reader refuses unknown scenarios
    }

    private static Map<String, RuleFile> byPath(RuleSetFiles files) {
        return files.files().stream().collect(Collectors.toMap(RuleFile::path, Function.identity()));
    }
}
