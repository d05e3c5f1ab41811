package org.workprivacy.rules.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.DecisionEngines;

/**
 * A rule set that compiled on the driver. Tasks carry it and ask it for their JVM's engine, which must have
 * the version the driver checked: an executor that would decide with other rules (another jar on its class
 * path) fails its tasks rather than give verdicts the driver never saw.
 */
sealed interface CheckedRules extends Serializable {
    /** The version every verdict carries. */
    String version();

    /** This JVM's engine for the rule set, built on first use. */
    DecisionEngine engine();

    /**
     * Builds the rule set on the driver, so that a broken one fails here, before any task runs; a rules
     * directory is read once, and those bytes are what the executors get.
     *
     * @throws RuleSetException with the problems located in the rule files
     */
    static CheckedRules check(SparkSession spark, RulesSource source) {
        if (source instanceof RulesSource.Directory directory) {
            RuleFiles files = RuleFiles.read(directory.path());
            String key = files.digest();
            DecisionEngine engine = ExecutorEngines.engine(key, () -> build(files, directory.path()));
            Broadcast<RuleFiles> shipped = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
            return new Shipped(engine.ruleSetVersion(), key, shipped);
        }
        return new Bundled(ExecutorEngines.engine(Bundled.KEY, DecisionEngines::bundled).ruleSetVersion());
    }

    /** Builds the rule set in this JVM (if it has not yet) and gives its version. */
    static String version(RulesSource source) {
        if (source instanceof RulesSource.Directory directory) {
            RuleFiles files = RuleFiles.read(directory.path());
            return ExecutorEngines.engine(files.digest(), () -> build(files, directory.path())).ruleSetVersion();
        }
        return ExecutorEngines.engine(Bundled.KEY, DecisionEngines::bundled).ruleSetVersion();
    }

    /** The rules bundled in the jar. */
    record Bundled(String version) implements CheckedRules {
        static final String KEY = "bundled";

        @Override
        public DecisionEngine engine() {
            return sameVersion(ExecutorEngines.engine(KEY, DecisionEngines::bundled), version);
        }
    }

    /** A rules directory, shipped as bytes by a broadcast. */
    record Shipped(String version, String key, Broadcast<RuleFiles> files) implements CheckedRules {
        @Override
        public DecisionEngine engine() {
            return sameVersion(ExecutorEngines.engine(key, () -> build(files.value(), Path.of("(shipped rules)"))),
                    version);
        }
    }

    private static DecisionEngine sameVersion(DecisionEngine engine, String expected) {
        if (!engine.ruleSetVersion().equals(expected)) {
            throw new IllegalStateException("this JVM's rule set is " + engine.ruleSetVersion() + ", the driver checked "
                    + expected + ": the executors must run the same workprivacy jar as the driver");
        }
        return engine;
    }

    /** Compiles the files from a temporary copy; problems name {@code shownAs} instead of the copy. */
    private static DecisionEngine build(RuleFiles files, Path shownAs) {
        Path copy = files.writeTo(Path.of(System.getProperty("java.io.tmpdir")));
        try {
            return DecisionEngines.fromDirectory(copy);
        } catch (RuleSetException e) {
            String from = copy.toString();
            String to = shownAs.toString();
            List<RuleProblem> problems = e.problems().stream()
                    .map(p -> new RuleProblem(p.severity(), p.file().replace(from, to), p.line(), p.column(),
                            p.message().replace(from, to)))
                    .toList();
            throw problems.isEmpty() ? new RuleSetException(e.getMessage().replace(from, to), e)
                    : new RuleSetException(problems, e);
        } finally {
            RuleFiles.delete(copy);
        }
    }
}
