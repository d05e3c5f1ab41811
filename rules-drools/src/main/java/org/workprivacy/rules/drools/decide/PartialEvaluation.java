package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.workprivacy.rules.api.explain.FiredRule;
import org.workprivacy.rules.api.explain.OpenFact;
import org.workprivacy.rules.api.facts.Fact;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Condition;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Reason;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * Decides a situation with facts left open by deciding every way of completing them (partial evaluation
 * over the facts' finite values), so that the rules only ever see complete situations:
 * <ul>
 *   <li>every completion ALLOWED: ALLOWED, with the permitting reasons found in every completion (or, if
 *       no one reason is common to all, each completion's), and every condition of every completion;</li>
 *   <li>every completion DENIED: DENIED with the deny reasons found in every completion (or each one's);</li>
 *   <li>otherwise DENIED with {@code missing-facts}, naming exactly the open facts that are decisive: some
 *       value of the fact, with some values of the other open facts, changes the outcome.</li>
 * </ul>
 * Fail closed stays absolute: ALLOWED only when no completion is DENIED. Completions the situation record
 * refuses as contradictory are skipped. A fact that no rule file mentions is never decisive and is not
 * enumerated. The work is bounded by {@link #MAX_COMPLETIONS}; past it the open facts are all asked for.
 */
final class PartialEvaluation {
    /** At most this many completions are decided for one situation (about 50 ms of rule firing). */
    static final int MAX_COMPLETIONS = 16_384;
    static final String DECISIVE_FACT_RULE = "default: decisive fact not stated";

    /** What one decision of a complete situation gave: its verdict and the rules that fired. */
    record Completion(Verdict verdict, List<FiredRule> fired) {
    }

    /** The verdict of a partial situation, with what explain shows about it. */
    record Result(Verdict verdict, List<FiredRule> firedInEveryCompletion, List<OpenFact> openFacts, String combination) {
    }

    private final FactSpace space;
    private final RuleVocabulary vocabulary;
    private final VerdictParts parts;
    private final Function<Situation, Completion> decideComplete;

    PartialEvaluation(FactSpace space, RuleVocabulary vocabulary, VerdictParts parts,
                      Function<Situation, Completion> decideComplete) {
        this.space = space;
        this.vocabulary = vocabulary;
        this.parts = parts;
        this.decideComplete = decideComplete;
    }

    Result evaluate(Object[] given, Language language, String scenario, String version) {
        List<Fact> enumerated = new ArrayList<>();
        List<OpenFact> unread = new ArrayList<>();
        Object[] values = given.clone();
        for (Fact fact : space.facts()) {
            if (values[fact.index()] != null) {
                continue;
            }
            if (vocabulary.mentions(fact.name())) {
                enumerated.add(fact);
            } else {
                unread.add(new OpenFact(fact.name(), false, "no rule reads this fact, so no value of it can change the outcome"));
                values[fact.index()] = domain(fact).get(0);
            }
        }
        List<List<Object>> domains = enumerated.stream().map(this::domain).toList();
        long total = 1;
        for (List<Object> domain : domains) {
            total *= domain.size();
            if (total > MAX_COMPLETIONS) {
                return tooMany(enumerated, unread, language, scenario, version);
            }
        }
        return new Enumeration(enumerated, domains, (int) total, values, language, scenario, version).run(unread);
    }

    private List<Object> domain(Fact fact) {
        return fact.isNumber() ? FactSpace.numberValues(vocabulary.thresholds(fact.name())) : fact.values();
    }

    private Result tooMany(List<Fact> enumerated, List<OpenFact> unread, Language language,
                           String scenario, String version) {
        List<OpenFact> open = new ArrayList<>(unread);
        enumerated.forEach(f -> open.add(new OpenFact(f.name(), true, "not checked: the open facts together have more than "
                + MAX_COMPLETIONS + " combinations, so every open fact a rule reads is asked for")));
        List<String> names = enumerated.stream().map(Fact::name).toList();
        Verdict verdict = missingFacts(names, language, scenario, version);
        return new Result(verdict, List.of(), sorted(open), "too many facts left open to decide every combination ("
                + MAX_COMPLETIONS + " at most): DENIED until more facts are stated");
    }

    private Verdict missingFacts(List<String> facts, Language language, String scenario,
                                 String version) {
        List<Reason> reasons = facts.stream().map(f -> parts.decisiveFactMissing(language, f)).toList();
        return new Verdict(scenario, Outcome.DENIED, reasons, List.of(), facts, version);
    }

    private List<OpenFact> sorted(List<OpenFact> open) {
        List<String> order = space.facts().stream().map(Fact::name).toList();
        return open.stream().sorted((a, b) -> Integer.compare(order.indexOf(a.fact()), order.indexOf(b.fact()))).toList();
    }

    /** One run over the completions of one situation. */
    private final class Enumeration {
        private static final byte INVALID = 0;
        private static final byte DENIED = 1;
        private static final byte ALLOWED = 2;

        private final List<Fact> open;
        private final List<List<Object>> domains;
        private final int total;
        private final Object[] values;
        private final Language language;
        private final String scenario;
        private final String version;
        private final int[] strides;
        private final byte[] outcomes;
        private final Merge allowed = new Merge();
        private final Merge denied = new Merge();
        private final Map<String, Condition> conditions = new LinkedHashMap<>();
        private Map<String, FiredRule> firedEverywhere;

        Enumeration(List<Fact> open, List<List<Object>> domains, int total, Object[] values,
                    Language language, String scenario, String version) {
            this.open = open;
            this.domains = domains;
            this.total = total;
            this.values = values;
            this.language = language;
            this.scenario = scenario;
            this.version = version;
            this.strides = new int[open.size()];
            int stride = 1;
            for (int i = open.size() - 1; i >= 0; i--) {
                strides[i] = stride;
                stride *= domains.get(i).size();
            }
            this.outcomes = new byte[total];
        }

        Result run(List<OpenFact> unread) {
            for (int index = 0; index < total; index++) {
                decide(index);
            }
            boolean anyAllowed = allowed.count > 0;
            boolean anyDenied = denied.count > 0;
            if (!anyAllowed && !anyDenied) {
                throw new InvalidSituationException("facts", "no way of completing the facts left out is consistent with the"
                        + " facts given");
            }
            List<OpenFact> openFacts = new ArrayList<>(unread);
            List<String> decisive = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                OpenFact fact = judge(i);
                openFacts.add(fact);
                if (fact.decisive()) {
                    decisive.add(fact.fact());
                }
            }
            List<FiredRule> common = firedEverywhere == null ? List.of() : List.copyOf(firedEverywhere.values());
            int valid = allowed.count + denied.count;
            if (anyAllowed && anyDenied) {
                if (decisive.isEmpty()) {
                    // Only contradictory completions separate the outcomes: ask for every open fact rather than guess.
                    open.forEach(f -> decisive.add(f.name()));
                }
                return new Result(missingFacts(decisive, language, scenario, version), common, sorted(openFacts),
                        valid + " completions of the open facts disagree (" + allowed.count + " ALLOWED, " + denied.count
                                + " DENIED): DENIED until the decisive facts " + decisive + " are stated");
            }
            if (anyAllowed) {
                Verdict verdict = new Verdict(scenario, Outcome.ALLOWED, allowed.reasons(), List.copyOf(conditions.values()),
                        List.of(), version);
                return new Result(verdict, common, sorted(openFacts), "every one of the " + valid + " completions of the open"
                        + " facts is ALLOWED: ALLOWED with the conditions of all of them (" + conditions.size() + ")");
            }
            Verdict verdict = new Verdict(scenario, Outcome.DENIED, denied.reasons(), List.of(), List.of(), version);
            return new Result(verdict, common, sorted(openFacts), "every one of the " + valid + " completions of the open facts"
                    + " is DENIED: DENIED whatever the open facts are");
        }

        private void decide(int index) {
            for (int i = 0; i < open.size(); i++) {
                values[open.get(i).index()] = domains.get(i).get(digit(index, i));
            }
            Situation completion;
            try {
                completion = space.situation(values);
            } catch (InvalidSituationException contradictory) {
                outcomes[index] = INVALID;
                return;
            }
            Completion decided = decideComplete.apply(completion);
            Verdict verdict = decided.verdict();
            if (verdict.allowed()) {
                outcomes[index] = ALLOWED;
                allowed.add(verdict.reasons());
                verdict.conditions().forEach(c -> conditions.putIfAbsent(c.code(), c));
            } else {
                outcomes[index] = DENIED;
                denied.add(verdict.reasons());
            }
            keepCommon(decided.fired());
        }

        private void keepCommon(List<FiredRule> fired) {
            Map<String, FiredRule> byKey = new LinkedHashMap<>();
            fired.forEach(rule -> byKey.putIfAbsent(key(rule), rule));
            if (firedEverywhere == null) {
                firedEverywhere = byKey;
            } else {
                firedEverywhere.keySet().retainAll(byKey.keySet());
            }
        }

        private static String key(FiredRule rule) {
            return rule.ruleId() + '\u0000' + rule.effect() + '\u0000' + rule.detail();
        }

        private int digit(int index, int fact) {
            return (index / strides[fact]) % domains.get(fact).size();
        }

        /** Whether open fact {@code i} is decisive: two valid completions differing only in it disagree. */
        private OpenFact judge(int i) {
            int size = domains.get(i).size();
            for (int index = 0; index < total; index++) {
                if (outcomes[index] == INVALID) {
                    continue;
                }
                int own = digit(index, i);
                for (int other = own + 1; other < size; other++) {
                    int neighbour = index + (other - own) * strides[i];
                    if (outcomes[neighbour] != INVALID && outcomes[neighbour] != outcomes[index]) {
                        return new OpenFact(open.get(i).name(), true, witness(i, index, neighbour));
                    }
                }
            }
            return new OpenFact(open.get(i).name(), false, "no value of it changes the outcome, whatever the other open facts are");
        }

        private String witness(int fact, int index, int neighbour) {
            String name = open.get(fact).name();
            StringJoiner others = new StringJoiner(", ");
            for (int j = 0; j < open.size(); j++) {
                if (j != fact) {
                    others.add(open.get(j).name() + "=" + text(domains.get(j).get(digit(index, j))));
                }
            }
            return "with " + name + "=" + text(domains.get(fact).get(digit(index, fact))) + " the verdict is "
                    + label(outcomes[index]) + ", with " + name + "=" + text(domains.get(fact).get(digit(neighbour, fact)))
                    + " it is " + label(outcomes[neighbour]) + (others.length() == 0 ? "" : " (other open facts: " + others + ")");
        }

        private static String label(byte outcome) {
            return outcome == ALLOWED ? "ALLOWED" : "DENIED";
        }

        private static String text(Object value) {
            return value instanceof Enum<?> constant ? SituationJson.enumJsonName(constant) : String.valueOf(value);
        }
    }

    /** The reasons of completions with one outcome: those common to all, or else every distinct one. */
    private static final class Merge {
        private int count;
        private Map<String, Reason> common;
        private final Map<String, Reason> union = new LinkedHashMap<>();

        void add(List<Reason> reasons) {
            count++;
            Map<String, Reason> byKey = new LinkedHashMap<>();
            reasons.forEach(r -> byKey.putIfAbsent(r.ruleId() + '\u0000' + r.code(), r));
            byKey.forEach(union::putIfAbsent);
            if (common == null) {
                common = byKey;
            } else {
                common.keySet().retainAll(byKey.keySet());
            }
        }

        List<Reason> reasons() {
            return List.copyOf(common != null && !common.isEmpty() ? common.values() : union.values());
        }
    }

    static boolean complete(Object[] values) {
        return Arrays.stream(values).allMatch(java.util.Objects::nonNull);
    }
}
