package org.workprivacy.rules.drools.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.rule.Rule;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.lint.DslSentences;
import org.workprivacy.rules.drools.lint.RuleLints;
import org.workprivacy.rules.drools.load.Messages;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleInfo;
import org.workprivacy.rules.drools.load.RuleMetadata;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.drools.locate.ProblemLocator;
import org.workprivacy.rules.drools.locate.RuleLocator;

/**
 * Compiles rule-set files into an immutable {@link RuleSet}, or reports every problem at once with
 * file, line and column. A rule without a reason code or legal basis is an error: a verdict must always
 * be able to say why and on what authority. A rule file that does more than match situation facts and
 * report to the verdict ({@link RuleLints#sandbox}) is refused before it is compiled.
 */
public final class RuleSetCompiler {
    private static final String RESOURCES = "src/main/resources/";
    /** Added to a .dslr file's path for its expanded text, so Drools reads it as DRL. */
    private static final String EXPANDED = ".drl";
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Compiles or throws {@link RuleSetException} listing every problem found. */
    public RuleSet compile(RuleSetFiles files) {
        Compilation compilation = tryCompile(files);
        List<RuleProblem> errors = compilation.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors);
        }
        return compilation.ruleSet();
    }

    /**
     * Like {@link #compile}, but uses the executable model precompiled at build time when the classpath
     * holds one for exactly these files (the bundled rules), checking its rules' metadata the same way.
     */
    public RuleSet load(RuleSetFiles files) {
        Optional<KieBase> precompiled = PrecompiledModel.kieBaseFor(files);
        if (precompiled.isEmpty()) {
            return compile(files);
        }
        List<RuleInfo> rules = rules(RuleBases.single(precompiled.get()), files);
        List<RuleProblem> errors = metadataProblems(rules, files);
        if (!errors.isEmpty()) {
            throw new RuleSetException(errors);
        }
        return new RuleSet(files.version(), files, precompiled.get(), Messages.from(files), rules);
    }

    /** The outcome of a compilation: the rule set when there were no errors, and all problems found. */
    public record Compilation(RuleSet ruleSet, List<RuleProblem> problems) {
    }

    public Compilation tryCompile(RuleSetFiles files) {
        List<RuleProblem> sandbox = RuleLints.sandbox(files);
        if (!sandbox.isEmpty()) {
            // Refuse before Drools sees the files: building already runs code (rule metadata is evaluated as MVEL).
            return new Compilation(null, sorted(sandbox));
        }
        RuleLints.Findings lints = RuleLints.afterSandbox(files);
        List<RuleProblem> problems = new ArrayList<>(lints.problems());
        List<DslSentences.Overlap> overlaps = lints.overlaps();
        if (!problems.isEmpty() && problems.stream().anyMatch(p -> p.message().contains("is already defined at"))) {
            // Drools' own errors for duplicate names point at generated classes; ours are enough.
            return new Compilation(null, sorted(problems));
        }
        RuleBaseBuilder.Built built = RuleBaseBuilder.build(files, overlaps);
        problems.addAll(built.problems());
        if (built.bases() == null) {
            return new Compilation(null, sorted(problems));
        }
        List<RuleInfo> rules = rules(built.bases(), files);
        problems.addAll(metadataProblems(rules, files));
        RuleSet ruleSet = new RuleSet(files.version(), files, built.bases(), Messages.from(files), rules, problems);
        boolean failed = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return new Compilation(failed ? null : ruleSet, sorted(problems));
    }

    /**
     * Writes what the sandbox checked, and nothing else, for Drools to build: each .drl file as it is, and
     * each .dslr file as the DRL text its expansion gave ({@link ParsedRuleFiles}), under the .dslr's path
     * with ".drl" added; a .dslr file with a line that no sentence matched is left out. Drools thus never
     * expands a file itself, so the engine builds exactly the text the
     * sandbox read, whatever order it would have applied the .dsl files in.
     */
    public static void writeCheckedSources(RuleSetFiles files, KieFileSystem fileSystem) {
        write(ParsedRuleFiles.of(files).files(), fileSystem);
    }

    /** As {@link #writeCheckedSources}, for some of a rule set's parsed files. */
    static void write(List<ParsedRuleFiles.ParsedRuleFile> files, KieFileSystem fileSystem) {
        for (ParsedRuleFiles.ParsedRuleFile parsed : files) {
            RuleFile file = parsed.file();
            if (!parsed.expansionErrors().isEmpty()) {
                continue; // not judged, as it is not what legal staff meant: reported, never built
            }
            fileSystem.write(RESOURCES + file.path() + (file.hasExtension("dslr") ? EXPANDED : ""), parsed.text());
        }
    }

    /** Sorted by place; a problem found in several rules (a broken .dsl sentence used thrice) is listed once. */
    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return problems.stream().distinct().sorted(java.util.Comparator.comparing(RuleProblem::file)
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column)).toList();
    }

    /**
     * Drops errors that only follow from another one in the same file: "Parser returned a null Package"
     * repeats that a file did not parse, and an unmatched decision-language sentence also shows up as a
     * syntax error in the expanded text, at a place legal staff never wrote.
     */
    static List<RuleProblem> withoutFollowUps(List<RuleProblem> problems) {
        return problems.stream()
                .filter(p -> !(p.message().startsWith("Parser returned a null Package")
                        && problems.stream().anyMatch(o -> o != p && o.file().equals(p.file()))))
                .filter(p -> !(p.message().startsWith("syntax error")
                        && problems.stream().anyMatch(o -> o.file().equals(p.file())
                                && o.message().startsWith("no sentence of the decision language"))))
                .toList();
    }

    static RuleProblem toProblem(Message message) {
        String path = message.getPath() == null ? "(rule set)" : message.getPath();
        if (path.startsWith(RESOURCES)) {
            path = path.substring(RESOURCES.length());
        }
        if (path.endsWith(".dslr" + EXPANDED)) {
            path = path.substring(0, path.length() - EXPANDED.length());
        }
        Severity severity = message.getLevel() == Message.Level.ERROR ? Severity.ERROR : Severity.WARNING;
        return new RuleProblem(severity, path, message.getLine(), message.getColumn(),
                message.getText() == null ? "" : message.getText().strip());
    }

    private static List<RuleInfo> rules(RuleBases bases, RuleSetFiles files) {
        List<RuleInfo> rules = new ArrayList<>();
        java.util.Map<String, String> fileByRule = RuleLocator.filesByRule(files);
        for (Rule rule : bases.rules()) {
            String file = fileByRule.get(rule.getName());
            rules.add(new RuleInfo(rule.getName(), file != null ? file : RuleLocator.fileOf(rule.getName(), files),
                    RuleMetadata.code(rule.getMetaData()), RuleMetadata.legalBasis(rule.getMetaData())));
        }
        rules.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return rules;
    }

    private static List<RuleProblem> metadataProblems(List<RuleInfo> rules, RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleInfo rule : rules) {
            // The line is looked up only for a rule with a problem: it means scanning the rule files.
            if (rule.code().isEmpty()) {
                problems.add(new RuleProblem(Severity.ERROR, rule.file(), RuleLocator.lineOf(rule.name(), files), 0,
                        "rule \"" + rule.name() + "\" has no @code(\"...\") metadata: every rule needs a stable reason code"));
            } else if (!KEBAB.matcher(rule.code()).matches()) {
                problems.add(new RuleProblem(Severity.ERROR, rule.file(), RuleLocator.lineOf(rule.name(), files), 0,
                        "rule \"" + rule.name() + "\" has reason code \"" + rule.code() + "\"; codes are lower-case kebab-case"));
            }
            if (rule.legalBasis().isEmpty()) {
                problems.add(new RuleProblem(Severity.ERROR, rule.file(), RuleLocator.lineOf(rule.name(), files), 0,
                        "rule \"" + rule.name() + "\" has no @legalBasis(\"...\") metadata: cite the article, case or guidance it rests on"));
            }
        }
        return problems;
    }
}
