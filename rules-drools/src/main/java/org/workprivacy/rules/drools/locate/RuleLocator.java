package org.workprivacy.rules.drools.locate;

import java.util.HashMap;
import java.util.Map;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Finds where a rule is written, by its name, so problems can point at file and line: read from the tree
 * Drools' parser makes of the rule files ({@link ParsedRuleFiles}), not from the text with a pattern of its own.
 */
public final class RuleLocator {
    private RuleLocator() {
    }

    /** The file of every rule in the rule files (the first file wins, as in {@link #fileOf}). */
    public static Map<String, String> filesByRule(RuleSetFiles files) {
        Map<String, String> byRule = new HashMap<>();
        ParsedRuleFiles.of(files).rules().forEach(place -> byRule.putIfAbsent(place.rule().getName(), place.file()));
        return byRule;
    }

    public static String fileOf(String ruleName, RuleSetFiles files) {
        return ParsedRuleFiles.of(files).rule(ruleName).map(ParsedRuleFiles.RulePlace::file).orElse("(unknown file)");
    }

    /** 1-based line of the rule header, or 0 when not found. */
    public static int lineOf(String ruleName, RuleSetFiles files) {
        return ParsedRuleFiles.of(files).rule(ruleName).map(ParsedRuleFiles.RulePlace::line).orElse(0);
    }

}
