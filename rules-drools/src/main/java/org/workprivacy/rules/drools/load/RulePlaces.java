package org.workprivacy.rules.drools.load;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.workprivacy.rules.api.json.Json;

/**
 * Where each rule of a rule set is written (file and header line as legal staff wrote it) and which words
 * its text uses: what locating problems and partial evaluation need from the parsed rule files, without
 * the trees. Read from {@link ParsedRuleFiles}; for the bundled rules the build step writes it beside the
 * precompiled model ({@link #RESOURCE}), so deciding with them does not parse every rule file at start.
 * The resource is used only for rule files of exactly its version (a hash of their contents).
 */
public final class RulePlaces {
    /** Written by the build step for the bundled rules. */
    public static final String RESOURCE = "META-INF/workprivacy/rule-places.json";

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int KEPT = 4;
    private static final LastUsed<String, RulePlaces> RECENT = new LastUsed<>(KEPT);

    /**
     * One rule. {@code words} are the identifiers its text uses, or empty with {@code textKnown} false when its
     * text could not be cut out of the file (then it must be taken to read every fact); {@code objectType} is
     * the simple name of its first pattern's type, or "" when unknown.
     */
    public record Place(String packageName, String name, String file, int line, boolean textKnown, Set<String> words,
                        String objectType) {
        public Place {
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            words = Set.copyOf(words);
            Objects.requireNonNull(objectType, "objectType");
        }
    }

    /** What the resource holds: the version of the rule files it was read from, and their rules. */
    record Stored(String version, List<Place> rules) {
    }

    private final List<Place> places;
    private final Map<String, Place> firstByName = new HashMap<>();
    private final Map<String, Place> byQualifiedName = new HashMap<>();

    private RulePlaces(List<Place> places) {
        this.places = List.copyOf(places);
        this.places.forEach(place -> {
            firstByName.putIfAbsent(place.name(), place);
            byQualifiedName.putIfAbsent(place.packageName() + "/" + place.name(), place);
        });
    }

    /** The places of {@code files}' rules: from the build step's resource when it is of these files, else parsed. */
    public static RulePlaces of(RuleSetFiles files) {
        return RECENT.get(files.version(), version -> stored(version).orElseGet(() -> from(ParsedRuleFiles.of(files))));
    }

    /** Read from the parsed files: every rule (not query) in file order, duplicates included. */
    public static RulePlaces from(ParsedRuleFiles parsed) {
        List<Place> places = new ArrayList<>();
        for (ParsedRuleFiles.RulePlace place : parsed.rules()) {
            places.add(place(place));
        }
        return new RulePlaces(places);
    }

    private static Place place(ParsedRuleFiles.RulePlace place) {
        RuleDescr rule = place.rule();
        String drl = place.parsed().text();
        int start = rule.getStartCharacter();
        int end = rule.getEndCharacter();
        boolean textKnown = start >= 0 && end > start && end <= drl.length();
        Set<String> words = new HashSet<>();
        if (textKnown) {
            Matcher word = WORD.matcher(drl.substring(start, end));
            while (word.find()) {
                words.add(word.group());
            }
        }
        String type = "";
        if (rule.getLhs() != null) {
            for (BaseDescr element : rule.getLhs().getDescrs()) {
                if (element instanceof PatternDescr pattern && pattern.getObjectType() != null) {
                    type = pattern.getObjectType().substring(pattern.getObjectType().lastIndexOf('.') + 1);
                    break;
                }
            }
        }
        return new Place(place.packageName(), rule.getName(), place.file(), place.line(), textKnown, words, type);
    }

    /** Every rule, in file order; a name used twice is here twice. */
    public List<Place> all() {
        return places;
    }

    /** The first rule named {@code name}, as Drools would read the files in order. */
    public Optional<Place> first(String name) {
        return Optional.ofNullable(firstByName.get(name));
    }

    /** Rule {@code name} of package {@code packageName}. */
    public Optional<Place> of(String packageName, String name) {
        return Optional.ofNullable(byQualifiedName.get(packageName + "/" + name));
    }

    /** Writes these places as the resource for rule files of {@code version}. */
    public void write(String version, Writer out) throws IOException {
        Json.pretty().writeValue(out, new Stored(version, places));
    }

    static Optional<RulePlaces> stored(String version) {
        ClassLoader loader = RulePlaces.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Stored stored = Json.mapper().readValue(in, new TypeReference<Stored>() { });
            return version.equals(stored.version()) ? Optional.of(new RulePlaces(stored.rules())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
