package org.workprivacy.rules.drools.load;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where a rule is written, by its name, so problems can point at file and line. */
public final class RuleLocator {
    private RuleLocator() {
    }

    private static final Pattern ANY_HEADER = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+)\\s)");

    /**
     * The file of every rule header in the rule files, in one pass per file (the first file wins, as in
     * {@link #fileOf}); a rule missing here (an unusual name) can still be looked up with {@link #fileOf}.
     */
    public static Map<String, String> filesByRule(RuleSetFiles files) {
        Map<String, String> byRule = new HashMap<>();
        files.withExtension("drl", "dslr").forEach(f -> {
            Matcher matcher = ANY_HEADER.matcher(f.content());
            while (matcher.find()) {
                String name = matcher.group(1) != null ? matcher.group(1)
                        : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                byRule.putIfAbsent(name, f.path());
            }
        });
        return byRule;
    }

    public static String fileOf(String ruleName, RuleSetFiles files) {
        Pattern header = header(ruleName);
        // contains() first: a cheap test that skips the regex for files that cannot hold the rule.
        return files.withExtension("drl", "dslr")
                .filter(f -> f.content().contains(ruleName) && header.matcher(f.content()).find())
                .map(RuleFile::path)
                .findFirst()
                .orElse("(unknown file)");
    }

    /** 1-based line of the rule header, or 0 when not found. */
    public static int lineOf(String ruleName, RuleSetFiles files) {
        Pattern header = header(ruleName);
        return files.withExtension("drl", "dslr")
                .filter(f -> f.content().contains(ruleName))
                .map(f -> {
                    var matcher = header.matcher(f.content());
                    return matcher.find() ? lineAt(f.content(), matcher.start()) : 0;
                })
                .filter(line -> line > 0)
                .findFirst()
                .orElse(0);
    }

    public static int lineAt(String content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Pattern header(String ruleName) {
        return Pattern.compile("(?m)^[ \\t]*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|'" + Pattern.quote(ruleName)
                + "'|" + Pattern.quote(ruleName) + "\\s)");
    }
}
