package org.workprivacy.rules.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.workprivacy.rules.api.analysis.Analysis;
import org.workprivacy.rules.api.analysis.ChangeImpact;
import org.workprivacy.rules.api.analysis.Counts;
import org.workprivacy.rules.api.analysis.Example;
import org.workprivacy.rules.api.analysis.InvariantResult;
import org.workprivacy.rules.api.analysis.RuleFinding;
import org.workprivacy.rules.api.analysis.ScenarioAnalysis;
import org.workprivacy.rules.api.analysis.ScenarioImpact;
import org.workprivacy.rules.api.analysis.UnsafePermissions;

/** The analysis and the change impact as text for legal staff. */
final class AnalysisText {
    private final PrintWriter out;

    AnalysisText(PrintWriter out) {
        this.out = out;
    }

    void analysis(String name, Analysis analysis) {
        out.println("Analysis of " + name + " (" + analysis.ruleSetVersion() + ")");
        out.println("Every situation was decided: each fact at each value below, or not stated. A number is tried at 0,");
        out.println("at each threshold the rules or invariants compare it with and one either side, and at 36500.");
        int invariants = 0;
        int failed = 0;
        int dead = 0;
        int shadowed = 0;
        int unsafe = 0;
        for (ScenarioAnalysis scenario : analysis.scenarios()) {
            scenario(scenario);
            invariants += scenario.invariants().size();
            failed += (int) scenario.invariants().stream().filter(i -> !i.holds()).count();
            dead += scenario.deadRules().size();
            shadowed += scenario.shadowedPermissions().size();
            unsafe += scenario.unsafePermissions().unsafe().size() + scenario.unsafePermissions().disagreements().size();
        }
        out.println();
        out.printf("summary: %d of %d invariants hold, %d fail; %d dead rules; %d shadowed permissions;"
                + " %d unsafe permissions%n", invariants - failed, invariants, failed, dead, shadowed, unsafe);
    }

    private void scenario(ScenarioAnalysis s) {
        out.println();
        out.println("== " + s.scenario());
        out.println("facts: " + s.facts().stream().map(f -> f.fact() + " (" + String.join(", ", f.values()) + ")")
                .collect(Collectors.joining("; ")));
        Counts c = s.counts();
        out.printf("situations: %s (%s complete, %s with facts not stated)%s%n", n(c.situations()), n(c.complete()),
                n(c.withUnstatedFacts()), c.contradictory() == 0 ? ""
                        : "; " + n(c.contradictory()) + " contradictory combinations are not situations");
        out.printf("  ALLOWED %s, DENIED %s, DENIED for a missing decisive fact %s (complete: ALLOWED %s, DENIED %s)%n",
                n(c.allowed()), n(c.denied()), n(c.deniedMissingFacts()), n(c.allowedComplete()), n(c.deniedComplete()));
        if (!c.conditionsPerAllowed().isEmpty()) {
            out.println("  conditions, in how many ALLOWED situations: " + c.conditionsByCode().entrySet().stream()
                    .map(e -> e.getKey() + " " + n(e.getValue())).collect(Collectors.joining(", ")));
        }
        long failing = s.invariants().stream().filter(i -> !i.holds()).count();
        out.printf("invariants: %d hold, %d fail%n", s.invariants().size() - failing, failing);
        for (InvariantResult i : s.invariants()) {
            if (i.holds()) {
                out.printf("  HOLDS %s (%s situations): %s%n", i.id(), n(i.checked()), i.sentence());
            } else {
                out.printf("  FAILS %s: broken in %s of %s situations (%s): %s%n", i.id(), n(i.violations()), n(i.checked()),
                        i.location(), i.sentence());
                i.counterexamples().forEach(e -> example("      ", e));
            }
        }
        findings("dead rules (fire in no situation)", s.deadRules());
        findings("shadowed permissions (overridden by a deny wherever they fire)", s.shadowedPermissions());
        findings("conditions never shown (attached only to DENIED situations)", s.unshownConditions());
        UnsafePermissions u = s.unsafePermissions();
        if (u.safe()) {
            out.printf("unsafe permissions: none (%s ALLOWED situations with facts not stated, each ALLOWED whatever those"
                    + " facts are; the engine agreed on all %s sampled situations)%n", n(u.allowedWithUnstatedFacts()),
                    n(u.engineChecked()));
        } else {
            out.printf("unsafe permissions: %d; disagreements between engine and analysis: %d%n", u.unsafe().size(),
                    u.disagreements().size());
            u.unsafe().forEach(e -> example("    ", e));
            u.disagreements().forEach(e -> example("    ", e));
        }
    }

    /** The invariants part of {@code test}: one line per invariant (failures only when quiet); true when all hold. */
    boolean invariants(Analysis analysis, boolean quiet) {
        int total = 0;
        int failed = 0;
        for (ScenarioAnalysis scenario : analysis.scenarios()) {
            for (InvariantResult i : scenario.invariants()) {
                total++;
                if (i.holds()) {
                    if (!quiet) {
                        out.printf("HOLDS %s: %s (%s situations)%n", i.location(), i.id(), n(i.checked()));
                    }
                } else {
                    failed++;
                    out.printf("FAILS %s: %s: broken in %s of %s situations: %s%n", i.location(), i.id(), n(i.violations()),
                            n(i.checked()), i.sentence());
                    i.counterexamples().forEach(e -> example("       ", e));
                }
            }
        }
        out.printf("invariants: %d of %d hold on every situation%n", total - failed, total);
        return failed == 0;
    }

    private void findings(String title, List<RuleFinding> findings) {
        if (findings.isEmpty()) {
            out.println(title + ": none");
            return;
        }
        out.println(title + ": " + findings.size());
        findings.forEach(f -> out.println("  - " + f.file() + ": \"" + f.rule() + "\" (" + f.code() + ")"));
    }

    private void example(String indent, Example e) {
        out.println(indent + e.situation());
        out.println(indent + "  -> " + verdict(e));
    }

    private static String verdict(Example e) {
        StringBuilder text = new StringBuilder(e.outcome().name()).append(' ').append(e.reasons());
        if (!e.conditions().isEmpty()) {
            text.append(" conditions ").append(e.conditions());
        }
        if (!e.missingFacts().isEmpty()) {
            text.append(" missing ").append(e.missingFacts());
        }
        if (!e.rules().isEmpty()) {
            text.append("; rules: ").append(String.join("; ", e.rules()));
        }
        return text.toString();
    }

    void impact(String before, String after, ChangeImpact impact) {
        out.println("Change impact: " + before + " (" + impact.before() + ") -> " + after + " (" + impact.after() + ")");
        for (ScenarioImpact s : impact.scenarios()) {
            out.println();
            if (s.unchanged()) {
                out.printf("== %s: no change in %s situations%n", s.scenario(), n(s.situations()));
                continue;
            }
            out.printf("== %s: %s situations compared%n", s.scenario(), n(s.situations()));
            out.printf("  ALLOWED -> DENIED: %s%n  DENIED -> ALLOWED: %s%n  reasons changed: %s%n  conditions changed: %s%n",
                    n(s.allowedToDenied()), n(s.deniedToAllowed()), n(s.reasonsChanged()), n(s.conditionsChanged()));
            for (ScenarioImpact.Change change : s.examples()) {
                out.println("  " + change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                        + change.before().situation());
                out.println("      before: " + verdict(change.before()));
                out.println("      after:  " + verdict(change.after()));
            }
        }
        out.println();
        out.println(impact.unchanged() ? "no situation changes verdict" : "total: " + impact.scenarios().stream()
                .mapToLong(s -> s.allowedToDenied() + s.deniedToAllowed()).sum() + " situations change outcome");
        out.println();
    }

    private static String n(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
