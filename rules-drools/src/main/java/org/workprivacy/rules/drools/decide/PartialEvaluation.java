package org.workprivacy.rules.drools.decide;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final List<ScenarioRule> rules;
    private final VerdictParts parts;
    /** Every fact some rule of the scenario names: any other fact cannot change an outcome. */
    private final Set<String> read;
    /** Per fact (by index), the values tried for it when it is open. */
    private final List<List<Object>> domains;
    /** What depends only on which facts are open, by their bit set (see {@link Plan}); bounded by {@link #MAX_PLANS}. */
    private final java.util.concurrent.ConcurrentMap<Long, Plan> plans = new java.util.concurrent.ConcurrentHashMap<>();
    /** At most this many sets of open facts keep their plan; past it a plan is made per request, as before. */
    static final int MAX_PLANS = 4_096;

    /**
     * One scenario's partial evaluation on one prepared rule set: made once and shared by every request and thread
     * (it keeps nothing of a request); {@code rules} are the scenario's rules, each with the facts its text names.
     */
    PartialEvaluation(FactSpace space, RuleVocabulary vocabulary, List<ScenarioRule> rules, VerdictParts parts) {
        this.space = space;
        this.rules = rules;
        this.parts = parts;
        Set<String> names = new HashSet<>();
        rules.forEach(rule -> names.addAll(rule.reads()));
        this.read = Set.copyOf(names);
        List<List<Object>> values = new ArrayList<>();
        for (Fact fact : space.facts()) {
            values.add(fact.isNumber() ? FactSpace.numberValues(vocabulary.thresholds(fact.name())) : fact.values());
        }
        this.domains = List.copyOf(values);
    }

    static boolean complete(Object[] values) {
        for (Object value : values) {
            if (value == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verdict of the situation whose facts are {@code given} ({@code null}: open). {@code fire} runs the rules on
     * a complete situation, {@code combine} turns what fired into a verdict; with {@code explaining} the result also
     * says why each open fact matters and how the completions combined (only {@code explain} shows that).
     */
    Result evaluate(Object[] given, Language language, String scenario, String version, boolean explaining,
                    Function<Situation, List<FiredRule>> fire, Function<List<FiredRule>, Verdict> combine) {
        return new Run(given, plan(given), language, scenario, version, explaining, fire, combine).run();
    }

    private Plan plan(Object[] given) {
        long mask = 0;
        List<Fact> facts = space.facts();
        for (int i = 0; i < facts.size(); i++) {
            if (given[i] == null) {
                mask |= 1L << i;
            }
        }
        if (facts.size() > Long.SIZE) {
            return new Plan(given); // not keyed: a scenario of more than 64 facts
        }
        Plan plan = plans.get(mask);
        if (plan == null) {
            plan = new Plan(given);
            if (plans.size() < MAX_PLANS) {
                plans.putIfAbsent(mask, plan);
            }
        }
        return plan;
    }

    /**
     * What a partial evaluation works out from which facts are open alone, the same for every request that leaves
     * the same facts open: the open facts the rules read and those they do not, the rules grouped by the open
     * facts they read, and the grids to count over. Immutable.
     */
    private final class Plan {
        final List<Fact> open = new ArrayList<>();
        final List<Fact> notRead = new ArrayList<>();
        /** Rules grouped by the open facts they read, in rule order; each with its grid and the grid of the other open facts. */
        final List<RuleGroup> groups = new ArrayList<>();
        /** Every completion of the open facts, and the (empty) grid of the facts it leaves open. */
        final Grid all;
        final Grid none;
        /** Whether deciding every completion is cheaper than tabulating the rules (a caller leaving out a few facts). */
        final boolean direct;

        Plan(Object[] given) {
            for (Fact fact : space.facts()) {
                if (given[fact.index()] != null) {
                    continue;
                }
                (read.contains(fact.name()) ? open : notRead).add(fact);
            }
            Map<List<Fact>, List<ScenarioRule>> byReads = new LinkedHashMap<>();
            for (ScenarioRule rule : rules) {
                List<Fact> reads = new ArrayList<>();
                for (Fact fact : open) {
                    if (rule.reads().contains(fact.name())) {
                        reads.add(fact);
                    }
                }
                byReads.computeIfAbsent(List.copyOf(reads), k -> new ArrayList<>()).add(rule);
            }
            long tabulating = 0;
            for (Map.Entry<List<Fact>, List<ScenarioRule>> group : byReads.entrySet()) {
                Grid grid = grid(group.getKey());
                tabulating += Math.min(grid.size, MAX_PER_RULE + 1L);
                groups.add(new RuleGroup(grid, List.copyOf(group.getValue()), grid(others(open, grid.facts))));
            }
            this.all = grid(open);
            this.none = grid(List.of());
            this.direct = all.size <= tabulating && all.size <= MAX_DIRECT;
        }
    }

    /** Rules that read the same open facts: the grid of those facts, and of the open facts they do not read. */
    private record RuleGroup(Grid grid, List<ScenarioRule> rules, Grid others) {
    }

    private static List<Fact> others(List<Fact> open, List<Fact> facts) {
        List<Fact> others = new ArrayList<>();
        for (Fact fact : open) {
            if (!facts.contains(fact)) {
                others.add(fact);
            }
        }
        return others;
    }

    private Grid grid(List<Fact> facts) {
        List<List<Object>> values = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            values.add(domains.get(fact.index()));
        }
        return new Grid(List.copyOf(facts), values);
    }

    private List<OpenFact> inFactOrder(List<OpenFact> facts) {
        List<String> order = space.facts().stream().map(Fact::name).toList();
        return facts.stream().sorted((a, b) -> Integer.compare(order.indexOf(a.fact()), order.indexOf(b.fact()))).toList();
    }

    private Verdict missingFacts(List<String> facts, Language language, String scenario, String version) {
        List<String> ordered = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (Fact fact : space.facts()) {
            if (facts.contains(fact.name())) {
                ordered.add(fact.name());
                reasons.add(parts.decisiveFactMissing(language, fact.name()));
            }
        }
        return new Verdict(scenario, Outcome.DENIED, reasons, List.of(), ordered, version);
    }

    /** Mixed-radix counting over some of the open facts. Immutable: plans share it between requests. */
    private static final class Grid {
        final List<Fact> facts;
        final List<List<Object>> domains;
        final int[] strides;
        final long size;
        /** Per fact of the grid: its index in the situation, and its values (arrays: read per completion). */
        private final int[] factIndexes;
        private final Object[][] values;

        Grid(List<Fact> facts, List<List<Object>> domains) {
            this.facts = facts;
            this.domains = domains;
            this.strides = new int[facts.size()];
            this.factIndexes = new int[facts.size()];
            this.values = new Object[facts.size()][];
            long total = 1;
            for (int i = facts.size() - 1; i >= 0; i--) {
                strides[i] = (int) Math.min(total, Integer.MAX_VALUE);
                total = total * domains.get(i).size();
                if (total > Integer.MAX_VALUE) {
                    total = Long.MAX_VALUE / 4;
                }
                factIndexes[i] = facts.get(i).index();
                values[i] = domains.get(i).toArray();
            }
            this.size = total;
        }

        int digit(int index, int fact) {
            return (index / strides[fact]) % values[fact].length;
        }

        void apply(int index, Object[] into) {
            for (int i = 0; i < factIndexes.length; i++) {
                into[factIndexes[i]] = values[i][digit(index, i)];
            }
        }

        /** The digits of combination 0, to be counted on with {@link #next}: no division per combination. */
        int[] first() {
            return new int[factIndexes.length];
        }

        /** Sets the values of the combination whose digits are {@code digits}. */
        void apply(int[] digits, Object[] into) {
            for (int i = 0; i < factIndexes.length; i++) {
                into[factIndexes[i]] = values[i][digits[i]];
            }
        }

        /** Moves {@code digits} on to the next combination (the last fact counts fastest, as in the index). */
        void next(int[] digits) {
            for (int i = digits.length - 1; i >= 0; i--) {
                if (++digits[i] < values[i].length) {
                    return;
                }
                digits[i] = 0;
            }
        }
    }

    /** One partial evaluation. */
    private final class Run {
        private final Object[] given;
        private final Plan plan;
        private final List<Fact> open;
        private final Language language;
        private final String scenario;
        private final String version;
        private final boolean explaining;
        /** Runs the rules on a complete situation: the rules that fired, in order. */
        private final Function<Situation, List<FiredRule>> fire;
        private final Function<List<FiredRule>, Verdict> combine;
        private final Map<FiredKey, FiredRule> firedRules = new LinkedHashMap<>();
        private long work;

        Run(Object[] given, Plan plan, Language language, String scenario, String version, boolean explaining,
            Function<Situation, List<FiredRule>> fire, Function<List<FiredRule>, Verdict> combine) {
            this.given = given;
            this.plan = plan;
            this.open = plan.open;
            this.language = language;
            this.scenario = scenario;
            this.version = version;
            this.explaining = explaining;
            this.fire = fire;
            this.combine = combine;
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

        /** An open fact no rule reads, as explain shows it (only explain shows open facts). */
        private List<OpenFact> notRead() {
            List<OpenFact> facts = new ArrayList<>();
            if (explaining) {
                String why = ExplanationSentences.say(language, "open-fact.not-read");
                plan.notRead.forEach(fact -> facts.add(new OpenFact(fact.name(), false, why)));
            }
            return facts;
        }

        private Result steps() {
            // When the completions are fewer than the decisions step 1 would take, decide them one by one instead:
            // the usual case of a caller leaving out a few facts.
            if (plan.direct) {
                return new Completions(plan.all, plan.none, List.of(), Map.of(), notRead()).run();
            }
            // Step 1: each rule over the open facts it reads.
            Map<String, Table> tables = new HashMap<>();
            for (RuleGroup group : plan.groups) {
                if (group.grid().size > MAX_PER_RULE) {
                    return tooMany(open, ExplanationSentences.say(language, "too-many.per-rule", MAX_PER_RULE));
                }
                Table table = tabulate(group);
                group.rules().forEach(rule -> tables.put(rule.name(), table));
            }
            List<ScenarioRule> live = new ArrayList<>();
            Set<String> readByLive = new HashSet<>();
            for (ScenarioRule rule : rules) {
                if (tables.get(rule.name()).mayFire(rule.name())) {
                    live.add(rule);
                    readByLive.addAll(rule.reads());
                }
            }
            List<Fact> matter = new ArrayList<>();
            List<OpenFact> openFacts = notRead();
            for (Fact fact : open) {
                if (readByLive.contains(fact.name())) {
                    matter.add(fact);
                } else if (explaining) {
                    openFacts.add(new OpenFact(fact.name(), false,
                            ExplanationSentences.say(language, "open-fact.read-only-by-inapplicable-rules")));
                }
            }
            // Step 2: every completion of the open facts that matter, combined from the tables.
            Grid grid = grid(matter);
            if (grid.size > MAX_COMPLETIONS) {
                return tooMany(matter, ExplanationSentences.say(language, "too-many.that-matter", MAX_COMPLETIONS));
            }
            return new Completions(grid, grid(others(open, matter)), live, tables, openFacts).run();
        }

        /** Decides every combination of {@code group}'s facts once and notes which of its rules fired. */
        private Table tabulate(RuleGroup group) {
            Grid grid = group.grid();
            Table table = new Table(grid, group.rules());
            Filler others = new Filler(group.others());
            int[] digits = grid.first();
            for (int index = 0; index < grid.size; index++, grid.next(digits)) {
                Object[] values = given.clone();
                grid.apply(digits, values);
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
        private Fill fill(Object[] values, Filler filler) {
            Grid grid = filler.grid;
            // A record refuses only a combination of stated facts, so if it refuses these values with every one of
            // the facts left unstated, no values of them can make it acceptable.
            for (Fact fact : grid.facts) {
                values[fact.index()] = null;
            }
            spend(1);
            Situation unstated;
            try {
                unstated = space.situation(values);
            } catch (InvalidSituationException contradictory) {
                return new Fill(null, true);
            }
            spend(1); // counted as the second build below, which with no facts to fill would build the same again
            if (grid.facts.isEmpty()) {
                return new Fill(unstated, true);
            }
            // Then leave them unstated for the rules too (the rules this is for do not read them), except numbers,
            // which get their first value so that no comparison elsewhere meets a null.
            for (int i = 0; i < grid.facts.size(); i++) {
                Fact fact = grid.facts.get(i);
                values[fact.index()] = fact.isNumber() ? grid.domains.get(i).get(0) : null;
            }
            try {
                return new Fill(space.situation(values), true);
            } catch (InvalidSituationException contradictory) {
                // a number's first value is refused: look for values that are accepted
            }
            if (grid.size == 1) {
                return attempt(values, filler, 0) ? new Fill(builtLast, true) : new Fill(null, true);
            }
            if (attempt(values, filler, filler.last)) {
                return new Fill(builtLast, true);
            }
            int n = grid.facts.size();
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < grid.domains.get(i).size(); a++) {
                    if (attempt(values, filler, a * grid.strides[i])) {
                        return new Fill(builtLast, true);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    for (int a = 1; a < grid.domains.get(i).size(); a++) {
                        for (int b = 1; b < grid.domains.get(j).size(); b++) {
                            if (attempt(values, filler, a * grid.strides[i] + b * grid.strides[j])) {
                                return new Fill(builtLast, true);
                            }
                        }
                    }
                }
            }
            long tries = Math.min(grid.size, MAX_FILLER);
            for (int index = 0; index < tries; index++) {
                if (attempt(values, filler, index)) {
                    return new Fill(builtLast, true);
                }
            }
            return new Fill(null, grid.size <= MAX_FILLER);
        }

        private Situation builtLast;

        private boolean attempt(Object[] values, Filler filler, int index) {
            filler.grid.apply(index, values);
            spend(1);
            try {
                builtLast = space.situation(values);
                filler.last = index;
                return true;
            } catch (InvalidSituationException contradictory) {
                return false;
            }
        }

        private Result tooMany(List<Fact> asked, String why) {
            List<OpenFact> openFacts = notRead();
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
            private final Map<Identities, Completion> byIdentities = new HashMap<>();
            /**
             * The distinct completions, in the order first met. By identity: equal fired rules already share one
             * Completion (byFiredRules, byFiredSet), and hashing a record of verdict and fired rules (with their
             * matched facts as text) cost more than the rest of an explanation. A duplicate by value changes neither
             * the reasons common to all nor their union.
             */
            private final Set<Completion> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            private final List<Completion> seen = new ArrayList<>();
            private final Filler others;
            private final Table[] liveTables;
            /** Per live rule, its table's entries (whether it fired) by combination of the facts it reads. */
            private final byte[][] liveEntries;
            private final int[][] positions;

            Completions(Grid grid, Grid others, List<ScenarioRule> live, Map<String, Table> tables, List<OpenFact> openFacts) {
                this.grid = grid;
                this.live = live;
                this.tables = tables;
                this.openFacts = openFacts;
                this.outcomes = new byte[(int) grid.size];
                this.others = new Filler(others);
                this.liveTables = new Table[live.size()];
                this.positions = new int[live.size()][];
                this.liveEntries = new byte[live.size()][];
                for (int r = 0; r < live.size(); r++) {
                    Table table = tables.get(live.get(r).name());
                    liveTables[r] = table;
                    liveEntries[r] = table.entries(live.get(r).name());
                    // Every open fact a live rule reads is one of this grid's facts.
                    positions[r] = table.grid.facts.stream().mapToInt(grid.facts::indexOf).toArray();
                }
            }

            Result run() {
                int[] digits = grid.first();
                for (int index = 0; index < grid.size; index++, grid.next(digits)) {
                    Object[] values = given.clone();
                    grid.apply(digits, values);
                    Fill fill = fill(values, others);
                    if (fill.situation == null) {
                        if (!fill.searchedAll) {
                            return tooMany(grid.facts, ExplanationSentences.say(language, "too-many.contradictions"));
                        }
                        continue;
                    }
                    Completion completion = completion(fill.situation, digits);
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
                List<FiredRule> common = explaining ? firedEverywhere() : List.of();
                long allowed = count((byte) 2);
                long denied = count((byte) 1);
                if (allowed > 0 && denied > 0) {
                    if (decisive.isEmpty()) {
                        grid.facts.forEach(f -> decisive.add(f.name()));
                    }
                    return result(missingFacts(decisive, language, scenario, version), common,
                            "completions.disagree", allowed + denied, allowed, denied, decisive);
                }
                List<String> unaskedQuestion = new ArrayList<>();
                for (Fact question : space.questions()) {
                    if (given[question.index()] == null) {
                        unaskedQuestion.add(question.name());
                    }
                }
                if (allowed > 0 && !unaskedQuestion.isEmpty()) {
                    // "Yes, whatever you want to do" is no answer: a permission is given only for a stated question.
                    return result(missingFacts(unaskedQuestion, language, scenario, version), common,
                            "completions.question-not-stated", allowed, unaskedQuestion);
                }
                Verdict verdict = merged(allowed > 0);
                return allowed > 0
                        ? result(verdict, common, "completions.all-allowed", allowed, verdict.conditions().size())
                        : result(verdict, common, "completions.all-denied", denied);
            }

            /** The result, with the open facts in fact order and how the completions combined when explaining. */
            private Result result(Verdict verdict, List<FiredRule> common, String how, Object... values) {
                if (!explaining) {
                    return new Result(verdict, common, List.of(), "");
                }
                return new Result(verdict, common, inFactOrder(openFacts), ExplanationSentences.say(language, how, values));
            }

            private Completion completion(Situation situation, int[] digits) {
                if (tables.isEmpty()) {
                    // Deciding one by one (see steps()): Drools itself on each completion.
                    return sameFiredRules(decide(situation));
                }
                BitSet fired = new BitSet(live.size());
                for (int r = 0; r < live.size(); r++) {
                    int[] strides = liveTables[r].grid.strides;
                    int at = 0;
                    for (int j = 0; j < positions[r].length; j++) {
                        at += digits[positions[r][j]] * strides[j];
                    }
                    byte entry = liveEntries[r][at];
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
                // The memo hands out the same FiredRule objects again, so most lists are met before by identity.
                Identities identities = new Identities(fired);
                Completion known = byIdentities.get(identities);
                if (known != null) {
                    return known;
                }
                Set<FiredKey> key = new HashSet<>();
                fired.forEach(f -> key.add(key(f)));
                Completion completion = byFiredSet.computeIfAbsent(key, k -> new Completion(combine.apply(fired), fired));
                byIdentities.put(identities, completion);
                return completion;
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
                            return new OpenFact(name, true, explaining ? witness(i, index, neighbour) : "");
                        }
                    }
                }
                return new OpenFact(name, false,
                        explaining ? ExplanationSentences.say(language, "open-fact.no-value-changes-the-outcome") : "");
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

    /** The facts a fill gives values to, and the combination that last gave a situation the record accepts. */
    private static final class Filler {
        final Grid grid;
        int last;

        Filler(Grid grid) {
            this.grid = grid;
        }
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

        byte[] entries(String rule) {
            return byRule.get(rule);
        }
    }

    /**
     * A fired rule's identity across completions: the rule and what it contributed. A record of the rule's own strings,
     * whose hashes the strings keep, where a joined string had to be built and hashed anew on every firing.
     */
    private record FiredKey(String ruleId, Effect effect, String detail) {
    }

    /** Fired rules compared by identity, in order: a cheap first look before comparing them by value. */
    private record Identities(List<FiredRule> fired) {
        @Override
        public int hashCode() {
            int hash = 1;
            for (FiredRule rule : fired) {
                hash = 31 * hash + System.identityHashCode(rule);
            }
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Identities that) || that.fired.size() != fired.size()) {
                return false;
            }
            for (int i = 0; i < fired.size(); i++) {
                if (that.fired.get(i) != fired.get(i)) {
                    return false;
                }
            }
            return true;
        }
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
