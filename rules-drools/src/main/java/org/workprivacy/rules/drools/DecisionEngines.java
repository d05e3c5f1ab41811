package org.workprivacy.rules.drools;

import java.nio.file.Path;
import java.util.Objects;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ReloadableEngine;
import org.workprivacy.rules.api.casebook.TestReport;
import org.workprivacy.rules.api.ruleset.CheckReport;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The one public entry of rules-drools: engines on the bundled rules or on a rules directory, and the
 * check and the test of a rules directory. Everything it gives is a rules-api type, so an embedder's
 * code names no Drools type and no class of this library's other packages (they are internal).
 */
public final class DecisionEngines {
    private DecisionEngines() {
    }

    /**
     * The engine on the rules bundled with the library, compiled on first use and then shared (it is
     * immutable and safe to share between threads).
     *
     * @return the engine on the bundled rules
     * @throws org.workprivacy.rules.api.ruleset.RuleSetException when the bundled rules fail to load (retried
     *                                                            on the next call)
     */
    public static DecisionEngine bundled() {
        return org.workprivacy.rules.drools.decide.DecisionEngines.bundled();
    }

    /**
     * An engine on the rule files below {@code directory}; {@link ReloadableEngine#reload()} rereads them.
     * A build that takes too long is refused as broken.
     *
     * @param directory the rules directory legal staff edit
     * @return the engine, deciding with the rules as they are now
     * @throws org.workprivacy.rules.api.ruleset.RuleSetException when the rules do not compile, with every
     *                                                            problem located as {@code file:line:column}
     */
    public static ReloadableEngine fromDirectory(Path directory) {
        return org.workprivacy.rules.drools.decide.DecisionEngines.fromDirectory(Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Checks the rules below {@code directory}, like {@code opa check}: compile errors, rules without
     * reason code or legal basis, missing texts, broken casebooks and invariants, rules no case fires.
     *
     * @param directory the rules directory
     * @return every problem found, located as {@code file:line:column}
     */
    public static CheckReport check(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return RuleChecks.check(directory.toString(), () -> RuleSetFiles.fromDirectory(directory));
    }

    /**
     * Checks the bundled rules as {@link #check(Path)} checks a directory.
     *
     * @return every problem found in the bundled rules
     */
    public static CheckReport checkBundled() {
        return RuleChecks.check("bundled rules", RuleSetFiles::fromClasspath);
    }

    /**
     * Runs the casebooks beside the rules below {@code directory}, like {@code opa test}, and checks the
     * invariants on every situation.
     *
     * @param directory the rules directory
     * @return each case passed or failed, rule and legal-basis coverage, and the invariants
     * @throws org.workprivacy.rules.api.ruleset.RuleSetException when the rules, casebooks or invariants
     *                                                            cannot be read
     */
    public static TestReport test(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return RuleChecks.test(() -> RuleSetFiles.fromDirectory(directory));
    }

    /**
     * Tests the bundled rules as {@link #test(Path)} tests a directory.
     *
     * @return each case passed or failed, coverage, and the invariants
     */
    public static TestReport testBundled() {
        return RuleChecks.test(RuleSetFiles::fromClasspath);
    }
}
