package org.workprivacy.rules.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.workprivacy.rules.api.situation.OutOfOffice.AccessMethod;
import org.workprivacy.rules.api.situation.OutOfOffice.Action;
import org.workprivacy.rules.api.situation.OutOfOffice.EmployeeContact;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.compile.RuleSet;
import org.workprivacy.rules.drools.compile.RuleSetCompiler;
import org.workprivacy.rules.drools.decide.DecisionEngines;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * Building the rule base once in a fresh JVM (the runner uses single-shot mode, one shot per fork, no
 * warm-up): what a process pays before its first decision.
 */
public class RuleBaseBuildBenchmark {
    private static final OutOfOffice SITUATION = new OutOfOffice(Action.ENABLE_AUTO_REPLY, true,
            EmployeeContact.UNREACHABLE, AccessMethod.SERVER_SIDE_ADMIN, null, false, null);

    /** Reading the bundled rule files and compiling their DRL: what a rules directory always costs. */
    @Benchmark
    public RuleSet fromDrl() {
        return new RuleSetCompiler().compile(RuleSetFiles.fromClasspath());
    }

    /** The bundled engine as the library builds it, up to and including its first decision. */
    @Benchmark
    public Verdict bundledFirstDecision() {
        return DecisionEngines.bundled().decide(SITUATION, Language.EN);
    }
}
