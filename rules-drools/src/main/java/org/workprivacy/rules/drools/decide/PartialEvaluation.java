package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.workprivacy.rules.api.explain.Effect;
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
 * Decides a situation with facts left open as if every way of completing them had been decided (partial
 * evaluation over the facts' finite values), so that the rules only ever see complete situations:
 * <ul>
 *   <li>every completion ALLOWED: ALLOWED, with the permitting reasons found in every completion (or, if no
 *       one reason is common to all, each completion's), and every condition of every completion;</li>
 *   <li>every completion DENIED: DENIED with the deny reasons found in every completion (or each one's);</li>
 *   <li>otherwise DENIED with {@code missing-facts}, naming exactly the decisive open facts.</li>
 * </ul>
 * Fail closed stays absolute: ALLOWED only when no completion is DENIED, and only for a stated question: when a
 * fact marked {@link org.workprivacy.rules.api.facts.Question} is open, "ALLOWED in every completion" still gives
 * DENIED with that fact missing. Completions the situation record refuses as contradictory are not situations
 * anyone can be in, and are skipped.
 *
 * <p>How, without deciding every completion with Drools: a rule's consequence only reports to the verdict, so
 * rules never influence each other and a rule fires exactly when its own conditions hold, which depend only on
 * the facts its text names ({@link RuleReads}). First each rule is tried over the open facts it reads (one
 * Drools decision per combination, shared by rules reading the same open facts). Rules that fire in no
 * combination cannot matter, nor can the open facts only they read. Then every completion of the remaining
 * open facts is combined from those tables, without Drools, into its verdict. Both steps are bounded
 * ({@link #MAX_PER_RULE}, {@link #MAX_COMPLETIONS}); past a bound every open fact some live rule reads is
 * asked for, which is fail closed. When there are fewer completions than step 1 would take decisions (a caller
 * leaving out a few facts), the completions are simply decided one by one.
 */
final class PartialEvaluation {
    /** At most this many combinations of the open facts one rule reads are decided with Drools. */
    static final int MAX_PER_RULE = 16_384;
    /** At most this many completions of the open facts that matter are combined from the rules' tables. */
    static final int MAX_COMPLETIONS = 262_144;
    /** At most this many combinations are tried to find values of the other open facts that are not contradictory. */
    static final int MAX_FILLER = 512;
    /** Completions decided one by one with Drools when that is cheaper than trying the rules (step 1). */
    static final int MAX_DIRECT = 4_096;
    /**
     * The work one partial evaluation may do, in situations built (1 each) and Drools decisions (25 each, about
     * 5 µs): about a quarter of a second on this project's 2-core reference machine. Past it every open fact a
     * rule reads is asked for, so a caller cannot make one request cost more than that.
     */
    static final long WORK_BUDGET = 1_000_000;
    private static final int DECISION_WORK = 25;
    static final String DECISIVE_FACT_RULE = "default: decisive fact not stated";

    /** What one decision of a complete situation gave: its verdict and the rules that fired. */
    record Completion(Verdict verdict, List<FiredRule> fired) {
    }

    /** The verdict of a partial situation, with what explain shows about it. */
    record Result(Verdict verdict, List<FiredRule> firedInEveryCompletion, List<OpenFact> openFacts, String combination) {
    }

    /** A rule of the scenario and the facts its text names. */
    record ScenarioRule(String name, Set<String> reads) {
    }

    private static final byte NO = 0;
    private static final byte YES = 1;
    private static final byte IMPOSSIBLE = 2;
    private static final byte UNKNOWN = 3;

    private final FactSpace space;
    private final RuleVocabulary vocabulary;
    private final List<ScenarioRule> rules;
    private final VerdictParts parts;
    /** Runs the rules on a complete situation: the rules that fired, in order. */
    private final Function<Situation, List<FiredRule>> fire;
    private final Function<List<FiredRule>, Verdict> combine;
    /** Every fact some rule of the scenario names: any other fact cannot change an outcome. */
    private final Set<String> read;

    PartialEvaluation(FactSpace space, RuleVocabulary vocabulary, List<ScenarioRule> rules, VerdictParts parts,
                      Function<Situation, List<FiredRule>> fire, Function<List<FiredRule>, Verdict> combine) {
        this.space = space;
        this.vocabulary = vocabulary;
        this.rules = rules;
        this.parts = parts;
        this.fire = fire;
        this.combine = combine;
        this.read = rules.stream().flatMap(rule -> rule.reads().stream()).collect(java.util.stream.Collectors.toSet());
    }

    static boolean complete(Object[] values) {
        return Arrays.stream(values).allMatch(Objects::nonNull);
    }

    Result evaluate(Object[] given, Language language, String scenario, String version) {
        List<OpenFact> notRead = new ArrayList<>();
        List<Fact> open = new ArrayList<>();
        for (Fact fact : space.facts()) {
            if (given[fact.index()] != null) {
                continue;
            }
            if (read.contains(fact.name())) {
                open.add(fact);
            } else {
                notRead.add(new OpenFact(fact.name(), false, ExplanationSentences.say(language, "open-fact.not-read")));
            }
        }
        return new Run(given, open, notRead, language, scenario, version).run();
    }

    private List<Object> domain(Fact fact) {
        return fact.isNumber() ? FactSpace.numberValues(vocabulary.thresholds(fact.name())) : fact.values();
    }

    private List<OpenFact> inFactOrder(List<OpenFact> facts) {
        List<String> order = space.facts().stream().map(Fact::name).toList();
        return facts.stream().sorted((a, b) -> Integer.compare(order.indexOf(a.fact()), order.indexOf(b.fact()))).toList();
    }

    private Verdict missingFacts(List<String> facts, Language language, String scenario, String version) {
        List<String> ordered = space.facts().stream().map(Fact::name).filter(facts::contains).toList();
        List<Reason> reasons = ordered.stream().map(f -> parts.decisiveFactMissing(language, f)).toList();
        return new Verdict(scenario, Outcome.DENIED, reasons, List.of(), ordered, version);
    }

    /** Mixed-radix counting over some of the open facts. */
    private static final class Grid {
        final List<Fact> facts;
        final List<List<Object>> domains;
        final int[] strides;
        final long size;
        /** The combination that last gave a situation the record accepts (see fill). */
        int lastFill;

        Grid(List<Fact> facts, List<List<Object>> domains) {
            this.facts = facts;
            this.domains = domains;
            this.strides = new int[facts.size()];
            long total = 1;
            for (int i = facts.size() - 1; i >= 0; i--) {
                strides[i] = (int) Math.min(total, Integer.MAX_VALUE);
                total = total * domains.get(i).size();
                if (total > Integer.MAX_VALUE) {
                    total = Long.MAX_VALUE / 4;
                }
            }
            this.size = total;
        }

        int digit(int index, int fact) {
            return (index / strides[fact]) % domains.get(fact).size();
        }

        void apply(int index, Object[] values) {
            for (int i = 0; i < facts.size(); i++) {
                values[facts.get(i).index()] = domains.get(i).get(digit(index, i));
            }
        }
    }

    /** One partial evaluation. */
    private final class Run {
        private final Object[] given;
        private final List<Fact> open;
        private final List<OpenFact> notRead;
        private final Language language;
        private final String scenario;
        private final String version;
        private final Map<FiredKey, FiredRule> firedRules = new LinkedHashMap<>();
        private long work;

        Run(Object[] given, List<Fact> open, List<OpenFact> notRead, Language language, String scenario, String version) {
            this.given = given;
            this.open = open;
            this.notRead = notRead;
            this.language = language;
            this.scenario = scenario;
            this.version = version;
        }

        Result run() {
            try {
                return steps();
            } catch (BudgetSpent spent) {
                return tooMany(open, ExplanationSentences.say(language, "too-many.work", WORK_BUDGET));
            }
        }

        private void spend(int units) {
            work += units;
            if (work > WORK_BUDGET) {
                throw new BudgetSpent();
            }
        }

        /** The rules that fire on a complete situation; its verdict is combined only where it is needed. */
        private List<FiredRule> decide(Situation situation) {
            spend(DECISION_WORK);
            return fire.apply(situation);
        }

        private Result steps() {
            // Step 1: each rule over the open facts it reads.
            Map<List<Fact>, List<ScenarioRule>> groups = new LinkedHashMap<>();
            for (ScenarioRule rule : rules) {
                List<Fact> reads = open.stream().filter(f -> rule.reads().contains(f.name())).toList();
                groups.computeIfAbsent(reads, k -> new ArrayList<>()).add(rule);
            }
            // When the completions are fewer than the decisions step 1 would take, decide them one by one instead:
            // the usual case of a caller leaving out a few facts.
            long tabulating = 0;
            for (List<Fact> reads : groups.keySet()) {
                tabulating += Math.min(grid(reads).size, MAX_PER_RULE + 1L);
            }
            Grid all = grid(open);
            if (all.size <= tabulating && all.size <= MAX_DIRECT) {
                return new Completions(all, List.of(), Map.of(), new ArrayList<>(notRead)).run();
            }
            Map<String, Table> tables = new HashMap<>();
            for (Map.Entry<List<Fact>, List<ScenarioRule>> group : groups.entrySet()) {
                Grid grid = grid(group.getKey());
                if (grid.size > MAX_PER_RULE) {
                    return tooMany(open, ExplanationSentences.say(language, "too-many.per-rule", MAX_PER_RULE));
                }
                Table table = tabulate(grid, group.getValue());
                group.getValue().forEach(rule -> tables.put(rule.name(), table));
            }
            List<ScenarioRule> live = rules.stream().filter(r -> tables.get(r.name()).mayFire(r.name())).toList();
            Set<String> readByLive = new HashSet<>();
            live.forEach(r -> readByLive.addAll(r.reads()));
            List<Fact> matter = open.stream().filter(f -> readByLive.contains(f.name())).toList();
            List<OpenFact> openFacts = new ArrayList<>(notRead);
            open.stream().filter(f -> !matter.contains(f)).forEach(f -> openFacts.add(new OpenFact(f.name(), false,
                    ExplanationSentences.say(language, "open-fact.read-only-by-inapplicable-rules"))));
            // Step 2: every completion of the open facts that matter, combined from the tables.
            Grid grid = grid(matter);
            if (grid.size > MAX_COMPLETIONS) {
                return tooMany(matter, ExplanationSentences.say(language, "too-many.that-matter", MAX_COMPLETIONS));
            }
            return new Completions(grid, live, tables, openFacts).run();
        }

        private Grid grid(List<Fact> facts) {
            return new Grid(facts, facts.stream().map(PartialEvaluation.this::domain).toList());
        }

        /** Decides every combination of {@code grid}'s facts once and notes which of {@code group} fired. */
        private Table tabulate(Grid grid, List<ScenarioRule> group) {
            Table table = new Table(grid, group);
            Grid others = grid(open.stream().filter(f -> !grid.facts.contains(f)).toList());
            for (int index = 0; index < grid.size; index++) {
                Object[] values = given.clone();
                grid.apply(index, values);
                Fill fill = fill(values, others);
                if (fill.situation == null) {
                    table.set(index, fill.searchedAll ? IMPOSSIBLE : UNKNOWN);
                    continue;
                }
                Set<String> fired = new HashSet<>();
                for (FiredRule rule : decide(fill.situation)) {
                    fired.add(rule.ruleId());
                    firedRules.putIfAbsent(key(rule), rule);
                }
                table.record(index, fired);
            }
            return table;
        }

        /**
         * Values for {@code grid}'s facts that make a situation the record accepts, if there are any. Tried in an
         * order that finds one quickly when contradictions involve one or two facts: the values that worked last,
         * then each fact's first values with one fact changed, then with two changed, then every combination in
         * turn up to {@link #MAX_FILLER}.
         */
        private Fill fill(Object[] values, Grid grid) {
            // A record refuses only a combination of stated facts, so if it refuses these values with every one of
            // the facts left unstated, no values of them can make it acceptable.
            for (Fact fact : grid.facts) {
                values[fact.index()] = null;
            }
            spend(1);
            try {
                space.situation(values);
            } catch (InvalidSituationException contradictory) {
                return new Fill(null, true);
            }
            // Then leave them unstated for the rules too (the rules this is for do not read them), except numbers,
            // which get their first value so that no comparison elsewhere meets a null.
            for (int i = 0; i < grid.facts.size(); i++) {
                Fact fact = grid.facts.get(i);
                values[fact.index()] = fact.isNumber() ? grid.domains.get(i).get(0) : null;
            }
            spend(1);
            try {
                return new Fill(space.situation(values), true);
            } catch (InvalidSituationException contradictory) {
                // a number's first value is refused: look for values that are accepted
            }
            if (grid.size == 1) {
                return attempt(values, grid, 0) ? new Fill(builtLast, true) : new Fill(null, true);
            }
            if (attempt(values, grid, grid.lastFill)) {
                return new Fill(builtLast, true);
            }
            int n = grid.facts.size();
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < grid.domains.get(i).size(); a++) {
                    if (attempt(values, grid, a * grid.strides[i])) {
                        return new Fill(builtLast, true);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    for (int a = 1; a < grid.domains.get(i).size(); a++) {
                        for (int b = 1; b < grid.domains.get(j).size(); b++) {
                            if (attempt(values, grid, a * grid.strides[i] + b * grid.strides[j])) {
                                return new Fill(builtLast, true);
                            }
                        }
                    }
                }
            }
            long tries = Math.min(grid.size, MAX_FILLER);
            for (int index = 0; index < tries; index++) {
                if (attempt(values, grid, index)) {
                    return new Fill(builtLast, true);
                }
            }
            return new Fill(null, grid.size <= MAX_FILLER);
        }

        private Situation builtLast;

        private boolean attempt(Object[] values, Grid grid, int index) {
            grid.apply(index, values);
            spend(1);
            try {
                builtLast = space.situation(values);
                grid.lastFill = index;
                return true;
            } catch (InvalidSituationException contradictory) {
                return false;
            }
        }

        private Result tooMany(List<Fact> asked, String why) {
            List<OpenFact> openFacts = new ArrayList<>(notRead);
            open.forEach(f -> openFacts.add(new OpenFact(f.name(), asked.contains(f),
                    asked.contains(f) ? ExplanationSentences.say(language, "open-fact.not-worked-out", why)
                            : ExplanationSentences.say(language, "open-fact.no-applicable-rule-reads-it"))));
            List<String> names = asked.stream().map(Fact::name).toList();
            return new Result(missingFacts(names, language, scenario, version), List.of(), inFactOrder(openFacts),
                    ExplanationSentences.say(language, "too-many.open", why));
        }

        /** Step 2. */
        private final class Completions {
            private final Grid grid;
            private final List<ScenarioRule> live;
            private final Map<String, Table> tables;
            private final List<OpenFact> openFacts;
            private final byte[] outcomes;
            private final Map<BitSet, Completion> byFiredRules = new HashMap<>();
            private final Map<Set<FiredKey>, Completion> byFiredSet = new HashMap<>();
            /**
             * The distinct completions, in the order first met. By identity: equal fired rules already share one
             * Completion (byFiredRules, byFiredSet), and hashing a record of verdict and fired rules (with their
             * matched facts as text) cost more than the rest of an explanation. A duplicate by value changes neither
             * the reasons common to all nor their union.
             */
            private final Set<Completion> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            private final List<Completion> seen = new ArrayList<>();
            private final Grid others;
            private final Table[] liveTables;
            private final int[][] positions;

            Completions(Grid grid, List<ScenarioRule> live, Map<String, Table> tables, List<OpenFact> openFacts) {
                this.grid = grid;
                this.live = live;
                this.tables = tables;
                this.openFacts = openFacts;
                this.outcomes = new byte[(int) grid.size];
                this.others = grid(open.stream().filter(f -> !grid.facts.contains(f)).toList());
                this.liveTables = new Table[live.size()];
                this.positions = new int[live.size()][];
                for (int r = 0; r < live.size(); r++) {
                    Table table = tables.get(live.get(r).name());
                    liveTables[r] = table;
                    // Every open fact a live rule reads is one of this grid's facts.
                    positions[r] = table.grid.facts.stream().mapToInt(grid.facts::indexOf).toArray();
                }
            }

            Result run() {
                for (int index = 0; index < grid.size; index++) {
                    Object[] values = given.clone();
                    grid.apply(index, values);
                    Fill fill = fill(values, others);
                    if (fill.situation == null) {
                        if (!fill.searchedAll) {
                            return tooMany(grid.facts, ExplanationSentences.say(language, "too-many.contradictions"));
                        }
                        continue;
                    }
                    Completion completion = completion(fill.situation, index);
                    outcomes[index] = completion.verdict().allowed() ? (byte) 2 : (byte) 1;
                    if (distinct.add(completion)) {
                        seen.add(completion);
                    }
                }
                if (seen.isEmpty()) {
                    throw new InvalidSituationException("facts", "no way of completing the facts left out is consistent with"
                            + " the facts given");
                }
                List<String> decisive = new ArrayList<>();
                for (int i = 0; i < grid.facts.size(); i++) {
                    OpenFact fact = judge(i);
                    openFacts.add(fact);
                    if (fact.decisive()) {
                        decisive.add(fact.fact());
                    }
                }
                List<FiredRule> common = firedEverywhere();
                long allowed = count((byte) 2);
                long denied = count((byte) 1);
                if (allowed > 0 && denied > 0) {
                    if (decisive.isEmpty()) {
                        grid.facts.forEach(f -> decisive.add(f.name()));
                    }
                    return new Result(missingFacts(decisive, language, scenario, version), common, inFactOrder(openFacts),
                            ExplanationSentences.say(language, "completions.disagree", allowed + denied, allowed, denied, decisive));
                }
                List<String> unaskedQuestion = space.questions().stream().filter(f -> given[f.index()] == null)
                        .map(Fact::name).toList();
                if (allowed > 0 && !unaskedQuestion.isEmpty()) {
                    // "Yes, whatever you want to do" is no answer: a permission is given only for a stated question.
                    return new Result(missingFacts(unaskedQuestion, language, scenario, version), common, inFactOrder(openFacts),
                            ExplanationSentences.say(language, "completions.question-not-stated", allowed, unaskedQuestion));
                }
                Verdict verdict = merged(allowed > 0);
                String how = allowed > 0
                        ? ExplanationSentences.say(language, "completions.all-allowed", allowed, verdict.conditions().size())
                        : ExplanationSentences.say(language, "completions.all-denied", denied);
                return new Result(verdict, common, inFactOrder(openFacts), how);
            }

            private Completion completion(Situation situation, int index) {
                if (tables.isEmpty()) {
                    // Deciding one by one (see steps()): Drools itself on each completion.
                    return sameFiredRules(decide(situation));
                }
                BitSet fired = new BitSet(live.size());
                for (int r = 0; r < live.size(); r++) {
                    ScenarioRule rule = live.get(r);
                    Table table = liveTables[r];
                    int at = 0;
                    for (int j = 0; j < positions[r].length; j++) {
                        at += grid.digit(index, positions[r][j]) * table.grid.strides[j];
                    }
                    byte entry = table.entry(rule.name(), at);
                    if (entry == UNKNOWN || entry == IMPOSSIBLE) {
                        // The table could not tell: decide this completion with Drools itself.
                        List<FiredRule> direct = decide(situation);
                        direct.forEach(f -> firedRules.putIfAbsent(key(f), f));
                        return sameFiredRules(direct);
                    }
                    if (entry == YES) {
                        fired.set(r);
                    }
                }
                return byFiredRules.computeIfAbsent(fired, bits -> {
                    Set<String> names = new HashSet<>();
                    bits.stream().forEach(r -> names.add(live.get(r).name()));
                    List<FiredRule> list = firedRules.values().stream().filter(f -> names.contains(f.ruleId())).toList();
                    return new Completion(combine.apply(list), list);
                });
            }

            /** The completion met before with the same fired rules (they give the same verdict), or a new one. */
            private Completion sameFiredRules(List<FiredRule> fired) {
                Set<FiredKey> key = new HashSet<>();
                fired.forEach(f -> key.add(key(f)));
                return byFiredSet.computeIfAbsent(key, k -> new Completion(combine.apply(fired), fired));
            }

            private long count(byte outcome) {
                long n = 0;
                for (byte o : outcomes) {
                    if (o == outcome) {
                        n++;
                    }
                }
                return n;
            }

            private Verdict merged(boolean allowed) {
                Map<String, Reason> common = null;
                Map<String, Reason> union = new LinkedHashMap<>();
                Map<String, Condition> conditions = new LinkedHashMap<>();
                for (Completion completion : seen) {
                    Map<String, Reason> reasons = new LinkedHashMap<>();
                    completion.verdict().reasons().forEach(r -> reasons.putIfAbsent(r.ruleId() + '\u0000' + r.code(), r));
                    reasons.forEach(union::putIfAbsent);
                    if (common == null) {
                        common = reasons;
                    } else {
                        common.keySet().retainAll(reasons.keySet());
                    }
                    completion.verdict().conditions().forEach(c -> conditions.putIfAbsent(c.code(), c));
                }
                List<Reason> reasons = List.copyOf(common != null && !common.isEmpty() ? common.values() : union.values());
                return new Verdict(scenario, allowed ? Outcome.ALLOWED : Outcome.DENIED, reasons,
                        allowed ? List.copyOf(conditions.values()) : List.of(), List.of(), version);
            }

            private List<FiredRule> firedEverywhere() {
                Map<FiredKey, FiredRule> common = null;
                for (Completion completion : seen) {
                    Map<FiredKey, FiredRule> byKey = new LinkedHashMap<>();
                    completion.fired().forEach(f -> byKey.putIfAbsent(key(f), f));
                    if (common == null) {
                        common = byKey;
                    } else {
                        common.keySet().retainAll(byKey.keySet());
                    }
                }
                return common == null ? List.of() : List.copyOf(common.values());
            }

            /** Open fact {@code i} is decisive when two completions that differ only in it disagree. */
            private OpenFact judge(int i) {
                int size = grid.domains.get(i).size();
                String name = grid.facts.get(i).name();
                for (int index = 0; index < grid.size; index++) {
                    if (outcomes[index] == 0) {
                        continue;
                    }
                    int own = grid.digit(index, i);
                    for (int other = own + 1; other < size; other++) {
                        int neighbour = index + (other - own) * grid.strides[i];
                        if (outcomes[neighbour] != 0 && outcomes[neighbour] != outcomes[index]) {
                            return new OpenFact(name, true, witness(i, index, neighbour));
                        }
                    }
                }
                return new OpenFact(name, false, ExplanationSentences.say(language, "open-fact.no-value-changes-the-outcome"));
            }

            private String witness(int fact, int index, int neighbour) {
                String name = grid.facts.get(fact).name();
                StringJoiner others = new StringJoiner(", ");
                for (int j = 0; j < grid.facts.size(); j++) {
                    if (j != fact) {
                        others.add(grid.facts.get(j).name() + "=" + text(grid.domains.get(j).get(grid.digit(index, j))));
                    }
                }
                return ExplanationSentences.say(language,
                        others.length() == 0 ? "open-fact.decisive" : "open-fact.decisive-with-others", name,
                        text(grid.domains.get(fact).get(grid.digit(index, fact))), label(outcomes[index]),
                        text(grid.domains.get(fact).get(grid.digit(neighbour, fact))), label(outcomes[neighbour]), others);
            }
        }
    }

    /** Thrown inside one run when its work budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** A situation the record accepts, or none; {@code searchedAll} when every combination was tried. */
    private record Fill(Situation situation, boolean searchedAll) {
    }

    /** Whether each rule of a group fired, for each combination of the open facts the group reads. */
    private static final class Table {
        private final Grid grid;
        private final Map<String, byte[]> byRule = new HashMap<>();

        Table(Grid grid, List<ScenarioRule> group) {
            this.grid = grid;
            group.forEach(rule -> byRule.put(rule.name(), new byte[(int) grid.size]));
        }

        void set(int index, byte entry) {
            byRule.values().forEach(entries -> entries[index] = entry);
        }

        void record(int index, Set<String> fired) {
            byRule.forEach((rule, entries) -> entries[index] = fired.contains(rule) ? YES : NO);
        }

        boolean mayFire(String rule) {
            for (byte entry : byRule.get(rule)) {
                if (entry == YES || entry == UNKNOWN) {
                    return true;
                }
            }
            return false;
        }

        byte entry(String rule, int index) {
            return byRule.get(rule)[index];
        }
    }

    /**
     * A fired rule's identity across completions: the rule and what it contributed. A record of the rule's own strings,
     * whose hashes the strings keep, where a joined string had to be built and hashed anew on every firing.
     */
    private record FiredKey(String ruleId, Effect effect, String detail) {
    }

    private static FiredKey key(FiredRule rule) {
        return new FiredKey(rule.ruleId(), rule.effect(), rule.detail());
    }

    private static String label(byte outcome) {
        return outcome == 2 ? "ALLOWED" : "DENIED";
    }

    private static String text(Object value) {
        return value instanceof Enum<?> constant ? SituationJson.enumJsonName(constant) : String.valueOf(value);
    }
}
