package org.workprivacy.rules.service;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.ReloadResult;

/** {@link ServedRules} on an engine; {@code reloadable} is the same engine when its rules can be reloaded. */
record EngineRules(DecisionEngine engine, Optional<ReloadableEngine> reloadable, List<Consumer<ReloadResult>> listeners)
        implements ServedRules {

    @Override
    public DecisionEngine snapshot() {
        // Shares the current rule set's sessions: nothing is built per request. The bundled engine never changes.
        return reloadable.<DecisionEngine>map(ReloadableEngine::pinned).orElse(engine);
    }

    @Override
    public String version() {
        return engine.ruleSetVersion();
    }

    @Override
    public Optional<ReloadResult> reload() {
        if (reloadable.isEmpty()) {
            return Optional.empty();
        }
        ReloadResult result;
        try {
            result = reloadable.get().reload();
        } catch (UncheckedIOException e) {
            // A file vanished or became unreadable while the directory was read (an editor saving, say).
            result = new ReloadResult(false, engine.ruleSetVersion(), List.of(new RuleProblem(
                    RuleProblem.Severity.ERROR, "(rule set)", 0, 0, "cannot read the rule files: " + e.getMessage())));
        }
        for (Consumer<ReloadResult> listener : listeners) {
            listener.accept(result);
        }
        return Optional.of(result);
    }

    @Override
    public void onReload(Consumer<ReloadResult> listener) {
        listeners.add(listener);
    }
}
