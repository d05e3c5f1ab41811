package org.workprivacy.rules.drools.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLMapping;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;

/**
 * A rule set's .drl and .dslr files as Drools' own {@link DrlParser} reads them (a .dslr file expanded first
 * with every .dsl file of the set, as the rule builder does). The sandbox, the lints, the locating of rules
 * and the engine's reading of which facts a rule uses all work on these trees, so none of them can read a
 * file differently from the engine. Parsed once per rule set: the last few are kept. A reload after one edit
 * parses only the edited file: each file's parse is kept by its text and the decision language it was expanded
 * with, and each .dsl file's mappings by its text (the trees and mappings are only read once made).
 */
public final class ParsedRuleFiles {
    /** One file: the text Drools parses (expanded for .dslr), its tree, and what went wrong reading it. */
    public record ParsedRuleFile(RuleFile file, String text, Optional<PackageDescr> tree, List<DroolsError> parseErrors,
                                 List<ExpanderException> expansionErrors) {
        public ParsedRuleFile {
            parseErrors = List.copyOf(parseErrors);
            expansionErrors = List.copyOf(expansionErrors);
        }

        /** Whether Drools reads the whole file without an error: only then may its tree be trusted. */
        public boolean readable() {
            return tree.isPresent() && parseErrors.isEmpty() && expansionErrors.isEmpty();
        }
    }

    private static final int KEPT = 4;
    private static final LastUsed<RuleSetFiles, ParsedRuleFiles> RECENT = new LastUsed<>(KEPT);

    /** A file's parse depends only on its text and, for a .dslr file, on the .dsl files it is expanded with. */
    private record ParseKey(RuleFile file, List<RuleFile> dsls) {
    }

    private static final LastUsed<ParseKey, ParsedRuleFile> PARSED_FILES = new LastUsed<>(64);
    /** A .dsl file's mappings by its text; empty when Drools could not read it (it is then left out, as the builder does). */
    private static final LastUsed<String, Optional<DSLMapping>> MAPPINGS = new LastUsed<>(32);

    /** Where a rule is written: its file, the 1-based line of its header as legal staff wrote it, its tree. */
    public record RulePlace(String file, int line, String packageName, RuleDescr rule, ParsedRuleFile parsed) {
    }

    private final List<ParsedRuleFile> files;
    /** Every rule (not query) in file order, duplicates included. */
    private final List<RulePlace> places;
    private final Map<String, RulePlace> firstByName = new HashMap<>();

    private ParsedRuleFiles(List<ParsedRuleFile> files) {
        this.files = List.copyOf(files);
        List<RulePlace> all = new ArrayList<>();
        for (ParsedRuleFile parsed : this.files) {
            parsed.tree().ifPresent(descr -> descr.getRules().stream().filter(r -> !(r instanceof QueryDescr))
                    .forEach(rule -> all.add(new RulePlace(parsed.file().path(), line(parsed, rule), descr.getName(),
                            rule, parsed))));
        }
        this.places = List.copyOf(all);
        places.forEach(place -> firstByName.putIfAbsent(place.rule().getName(), place));
    }

    /** The header line as written: a .dslr file's expanded text merges "- ..." lines, so lines are mapped back. */
    private static int line(ParsedRuleFile parsed, RuleDescr rule) {
        int line = Math.max(0, rule.getLine());
        return parsed.file().hasExtension("dslr") && line > 0 ? DslrLines.sourceLine(parsed.file().content(), line) : line;
    }

    /** Every rule of every file, in file order; a name used twice is here twice. */
    public List<RulePlace> rules() {
        return places;
    }

    /** The first rule named {@code name}, as Drools would read the files in order. */
    public Optional<RulePlace> rule(String name) {
        return Optional.ofNullable(firstByName.get(name));
    }

    /** The parsed rule files of {@code files}; parsed on first use, then shared (the trees are only read). */
    public static ParsedRuleFiles of(RuleSetFiles files) {
        return RECENT.get(files, ParsedRuleFiles::parse);
    }

    public List<ParsedRuleFile> files() {
        return files;
    }

    private static ParsedRuleFiles parse(RuleSetFiles files) {
        List<RuleFile> dsls = files.withExtension("dsl").toList();
        return new ParsedRuleFiles(files.withExtension("drl", "dslr").map(file -> parsed(file, dsls)).toList());
    }

    /** One .drl or .dslr file as Drools reads it, a .dslr file expanded with {@code dsls}; kept by its text. */
    public static ParsedRuleFile parsed(RuleFile file, List<RuleFile> dsls) {
        return PARSED_FILES.get(new ParseKey(file, file.hasExtension("dslr") ? List.copyOf(dsls) : List.of()),
                key -> parse(key.file(), key.dsls()));
    }

    /** One .drl text parsed on its own, not kept: for checking a fragment such as a DSL mapping. */
    public static ParsedRuleFile parseAlone(RuleFile drl) {
        return parse(drl, List.of());
    }

    private static ParsedRuleFile parse(RuleFile file, List<RuleFile> dsls) {
        String text = file.content();
        List<ExpanderException> expansionErrors = List.of();
        if (file.hasExtension("dslr")) {
            DefaultExpander expander = expander(dsls);
            try {
                text = expander.expand(new StringReader(file.content()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            expansionErrors = expander.getErrors();
        }
        DrlParser parser = new DrlParser();
        try {
            PackageDescr tree = parser.parse(false, text);
            return new ParsedRuleFile(file, text, Optional.ofNullable(tree), parser.getErrors(), expansionErrors);
        } catch (DroolsParserException | RuntimeException e) {
            // Unreadable: the file gets no tree, and whatever checks it refuses it (fail closed).
            List<DroolsError> errors = parser.getErrors().isEmpty()
                    ? List.of(new org.drools.drl.parser.ParserError("cannot read the file: " + e.getMessage(), 0, 0))
                    : parser.getErrors();
            return new ParsedRuleFile(file, text, Optional.empty(), errors, expansionErrors);
        }
    }

    /** An expander with every .dsl file's mappings, as the rule builder makes one. */
    static DefaultExpander expander(List<RuleFile> dsls) {
        DefaultExpander expander = new DefaultExpander();
        for (RuleFile dsl : dsls) {
            mapping(dsl.content()).ifPresent(expander::addDSLMapping);
        }
        return expander;
    }

    private static Optional<DSLMapping> mapping(String dsl) {
        return MAPPINGS.get(dsl, text -> {
            DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
            try {
                return file.parseAndLoad(new StringReader(text)) ? Optional.of(file.getMapping()) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
