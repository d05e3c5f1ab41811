package org.workprivacy.rules.drools.locate;

import java.util.HashMap;
import java.util.Map;
import org.workprivacy.rules.drools.load.RulePlaces;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Finds where a rule is written, by its name, so problems can point at file and line: read from the tree
 * Drools' parser makes of the rule files ({@link RulePlaces}), not from the text with a pattern of its own.
 */
public final class RuleLocator {
    private RuleLocator() {
    }

    /** The file of every rule in the rule files (the first file wins, as in {@link #fileOf}). */
    public static Map<String, String> filesByRule(RuleSetFiles files) {
        Map<String, String> byRule = new HashMap<>();
        RulePlaces.of(files).all().forEach(place -> byRule.putIfAbsent(place.name(), place.file()));
        return byRule;
    }

    public static String fileOf(String ruleName, RuleSetFiles files) {
        return RulePlaces.of(files).first(ruleName).map(RulePlaces.Place::file).orElse("(unknown file)");
    }

    /** 1-based line of the rule header, or 0 when not found. */
    public static int lineOf(String ruleName, RuleSetFiles files) {
        return RulePlaces.of(files).first(ruleName).map(RulePlaces.Place::line).orElse(0);
    }

}
