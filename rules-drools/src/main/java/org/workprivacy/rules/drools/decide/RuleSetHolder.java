package org.workprivacy.rules.drools.decide;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.ruleset.RuleProblem.Severity;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Holds the rule set that decides now and swaps in a new one atomically on reload. A broken edit is
 * reported and the last good rule set keeps serving.
 */
final class RuleSetHolder {
    private final Supplier<RuleSetFiles> source;
    private final Function<RuleSetFiles, RuleSet> compiler;
    private final AtomicReference<PreparedRuleSet> current;
    /** The last files that failed to build, and why: the same broken files are not built again. */
    private ReloadResult lastFailure;
    private String lastFailedVersion;

    RuleSetHolder(Supplier<RuleSetFiles> source, RuleSetCompiler compiler) {
        this(source, compiler::compile);
    }

    /** {@code compiler} turns files into a rule set or throws {@link RuleSetException}. */
    RuleSetHolder(Supplier<RuleSetFiles> source, Function<RuleSetFiles, RuleSet> compiler) {
        this.source = source;
        this.compiler = compiler;
        this.current = new AtomicReference<>(new PreparedRuleSet(compiler.apply(source.get())));
    }

    /** A holder for one fixed rule set; reloading it changes nothing. */
    RuleSetHolder(RuleSet fixed) {
        this.source = fixed::files;
        this.compiler = new RuleSetCompiler()::compile;
        this.current = new AtomicReference<>(new PreparedRuleSet(fixed));
    }

    /** A holder pinned to {@code prepared}, which it shares (sessions included) rather than preparing anew. */
    RuleSetHolder(PreparedRuleSet prepared) {
        this.source = prepared.ruleSet()::files;
        this.compiler = new RuleSetCompiler()::compile;
        this.current = new AtomicReference<>(prepared);
    }

    PreparedRuleSet current() {
        return current.get();
    }

    synchronized ReloadResult reload() {
        RuleSet before = current.get().ruleSet();
        try {
            RuleSetFiles files = source.get();
            if (files.version().equals(before.version())) {
                return new ReloadResult(false, before.version(), List.of());
            }
            if (files.version().equals(lastFailedVersion)) {
                // A poll of unchanged broken files: report it again without building (a build that hung
                // would otherwise leave one more thread behind on every poll).
                return lastFailure;
            }
            RuleSet next;
            try {
                next = compiler.apply(files);
            } catch (RuleSetException e) {
                lastFailedVersion = files.version();
                lastFailure = new ReloadResult(false, before.version(), e.problems().isEmpty()
                        ? List.of(new RuleProblem(Severity.ERROR, "(rule set)", 0, 0, e.getMessage()))
                        : e.problems());
                return lastFailure;
            }
            // Decisions already running on the old rule set finish with it; then its sessions are gone.
            current.getAndSet(new PreparedRuleSet(next)).retire();
            lastFailedVersion = null;
            lastFailure = null;
            return new ReloadResult(true, next.version(), List.of());
        } catch (RuleSetException e) {
            return new ReloadResult(false, before.version(), e.problems().isEmpty()
                    ? List.of(new RuleProblem(Severity.ERROR, "(rule set)", 0, 0, e.getMessage()))
                    : e.problems());
        } catch (RuntimeException e) {
            // An unreadable file mid-edit must not take the service down: keep serving the last good rules.
            return new ReloadResult(false, before.version(),
                    List.of(new RuleProblem(Severity.ERROR, "(rule set)", 0, 0, "cannot read the rules: " + e.getMessage())));
        }
    }
}
