package org.workprivacy.rules.drools.decide;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The whole numbers each fact is compared with in the rule texts: the thresholds that split a number fact's
 * values into ranges that behave alike, which partial evaluation and the analysis try. (Which facts each rule
 * reads is {@link RuleReads}.)
 *
 * <p>Read from the raw texts of the .drl, .dslr and .dsl files, so it may find more than the rules use
 * (a number in a comment); more is harmless, it only costs completions. A decision-language sentence that
 * compares a fact with a placeholder ({@code keepDays > {days}}) takes every whole number written in a
 * .dslr file as a threshold of that fact, for the same reason.
 */
final class RuleVocabulary {
    private static final String OPERATOR = "(?:==|!=|<=|>=|<|>)";
    private static final Pattern FACT_THEN_NUMBER = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\s*" + OPERATOR + "\\s*(\\d{1,9})\\b");
    private static final Pattern NUMBER_THEN_FACT = Pattern.compile("\\b(\\d{1,9})\\s*" + OPERATOR + "\\s*([a-z][A-Za-z0-9]*)\\b");
    private static final Pattern FACT_THEN_PLACEHOLDER = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\s*" + OPERATOR + "\\s*\\{");
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,9})\\b");

    private final Map<String, Set<Integer>> thresholds = new HashMap<>();

    RuleVocabulary(RuleSetFiles files) {
        Set<Integer> dslrNumbers = new TreeSet<>();
        Set<String> comparedWithPlaceholder = new HashSet<>();
        for (RuleFile file : files.withExtension("drl", "dslr", "dsl").toList()) {
            String text = file.content();
            collect(FACT_THEN_NUMBER.matcher(text), 1, 2);
            collect(NUMBER_THEN_FACT.matcher(text), 2, 1);
            Matcher placeholder = FACT_THEN_PLACEHOLDER.matcher(text);
            while (placeholder.find()) {
                comparedWithPlaceholder.add(placeholder.group(1));
            }
            if (file.hasExtension("dslr")) {
                Matcher number = NUMBER.matcher(text);
                while (number.find()) {
                    dslrNumbers.add(Integer.parseInt(number.group(1)));
                }
            }
        }
        comparedWithPlaceholder.forEach(fact -> thresholds.computeIfAbsent(fact, f -> new TreeSet<>()).addAll(dslrNumbers));
    }

    private void collect(Matcher matcher, int factGroup, int numberGroup) {
        while (matcher.find()) {
            thresholds.computeIfAbsent(matcher.group(factGroup), f -> new TreeSet<>())
                    .add(Integer.parseInt(matcher.group(numberGroup)));
        }
    }

    /** The whole numbers the rules compare {@code fact} with. */
    List<Integer> thresholds(String fact) {
        return List.copyOf(thresholds.getOrDefault(fact, Set.of()));
    }
}
