package org.workprivacy.rules.drools.decide;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.workprivacy.rules.drools.load.ParsedRuleFiles;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Which words each rule's text uses, and which situation type it matches, read from the rule files as Drools
 * parses them (decision-language files expanded first). A rule can only read facts whose names its text
 * uses, so its firing depends on those facts alone: partial evaluation tries each rule over just the open
 * facts it reads. A rule that cannot be found here is taken to read every fact, which is always safe.
 */
final class RuleReads {
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** What one rule's text uses: its words, and the object type of its first pattern (empty if unknown). */
    record Read(Set<String> words, Optional<String> objectType) {
    }

    private final Map<String, Read> byRule = new HashMap<>();

    RuleReads(RuleSetFiles files) {
        // The same parse the sandbox judged when the rules were compiled in this process (shared, not redone).
        for (ParsedRuleFiles.ParsedRuleFile parsed : ParsedRuleFiles.of(files).files()) {
            // An unreadable file means "reads everything" for its rules: never a wrong answer, only less pruning.
            parsed.tree().ifPresent(descr -> descr.getRules().forEach(rule -> read(descr.getName(), rule, parsed.text())));
        }
    }

    private void read(String packageName, RuleDescr rule, String drl) {
        int start = rule.getStartCharacter();
        int end = rule.getEndCharacter();
        if (start < 0 || end <= start || end > drl.length()) {
            return;
        }
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(drl.substring(start, end));
        while (word.find()) {
            words.add(word.group());
        }
        Optional<String> type = Optional.empty();
        if (rule.getLhs() != null) {
            for (BaseDescr element : rule.getLhs().getDescrs()) {
                if (element instanceof PatternDescr pattern && pattern.getObjectType() != null) {
                    type = Optional.of(simpleName(pattern.getObjectType()));
                    break;
                }
            }
        }
        byRule.put(packageName + "/" + rule.getName(), new Read(Set.copyOf(words), type));
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** What rule {@code name} of package {@code packageName} uses, if its text was found. */
    Optional<Read> of(String packageName, String name) {
        return Optional.ofNullable(byRule.get(packageName + "/" + name));
    }
}
