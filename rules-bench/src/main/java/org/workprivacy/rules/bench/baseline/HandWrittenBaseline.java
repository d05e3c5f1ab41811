package org.workprivacy.rules.bench.baseline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.workprivacy.rules.api.facts.FactSpace;
import org.workprivacy.rules.api.situation.ChatMonitoring;
import org.workprivacy.rules.api.situation.HoldRecording;
import org.workprivacy.rules.api.situation.MailboxRetention;
import org.workprivacy.rules.api.situation.OutOfOffice;
import org.workprivacy.rules.api.situation.Scenario;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.situation.SubjectLine;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.compile.RuleSet;

/**
 * The bundled rules rewritten by hand in plain Java: the yardstick the engine is measured against. It is
 * kept in the benchmark module only and checked to agree with the rules on every casebook case. A
 * scenario without a hand-written version fails loudly, so a new scenario cannot be benchmarked without
 * one (nor silently skipped).
 */
public final class HandWrittenBaseline {
    private final VerdictTexts texts;
    private final String version;

    public HandWrittenBaseline(RuleSet ruleSet) {
        this.texts = new VerdictTexts(ruleSet);
        this.version = ruleSet.version();
    }

    /** Decides like the bundled rules, in English. */
    public Verdict decide(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        FactSpace space = FactSpace.of(situation.scenario());
        if (Arrays.stream(space.values(situation)).anyMatch(Objects::isNull)) {
            return OpenFacts.decide(situation, NUMBER_THRESHOLDS, this::decideComplete, texts::missing);
        }
        return decideComplete(situation);
    }

    /**
     * The whole numbers the hand-written logic compares number facts with, by fact name: what the rules' authors
     * would write down as constants. Keep in step with the rules (BaselineAgreementTest fails otherwise).
     */
    private static final Map<String, List<Integer>> NUMBER_THRESHOLDS = Map.of("keepDays", List.of(90));

    private Verdict decideComplete(Situation situation) {
        Findings findings = new Findings(texts);
        String scenario;
        if (situation instanceof OutOfOffice s) {
            OutOfOfficeLogic.decide(s, findings);
            scenario = "out-of-office";
        } else if (situation instanceof SubjectLine s) {
            SubjectLineLogic.decide(s, findings);
            scenario = "subject-line";
        } else if (situation instanceof ChatMonitoring s) {
            ChatMonitoringLogic.decide(s, findings);
            scenario = "chat-monitoring";
        } else if (situation instanceof MailboxRetention s) {
            MailboxRetentionLogic.decide(s, findings);
            scenario = "mailbox-retention";
        } else if (situation instanceof HoldRecording s) {
            HoldRecordingLogic.decide(s, findings);
            scenario = "hold-recording";
        } else {
            throw notImplemented(situation.scenario());
        }
        return findings.verdict(scenario, version);
    }

    /** Throws unless this baseline implements {@code scenario}. */
    public static void requireImplemented(Scenario scenario) {
        switch (scenario.id()) {
            case "out-of-office", "subject-line", "chat-monitoring", "mailbox-retention", "hold-recording" -> { }
            default -> throw notImplemented(scenario);
        }
    }

    private static UnsupportedOperationException notImplemented(Scenario scenario) {
        return new UnsupportedOperationException("the hand-written baseline does not implement scenario \""
                + scenario.id() + "\": add it to rules-bench (org.workprivacy.rules.bench.baseline) before benchmarking");
    }
}
