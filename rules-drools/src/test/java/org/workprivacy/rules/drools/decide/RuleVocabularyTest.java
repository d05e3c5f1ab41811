package org.workprivacy.rules.drools.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

class RuleVocabularyTest {
    private static RuleVocabulary of(RuleFile... files) {
        return new RuleVocabulary(new RuleSetFiles("test", List.of(files)));
    }

    @Test
    void findsTheNumbersAFactIsComparedWithOnEitherSide() {
        RuleVocabulary vocabulary = of(new RuleFile("a.drl", "MailboxRetention(termDays < 14, 90 >= keepDays, keepDays != 0)"));
        assertThat(vocabulary.thresholds("termDays")).containsExactly(14);
        assertThat(vocabulary.thresholds("keepDays")).containsExactly(0, 90);
        assertThat(vocabulary.thresholds("legalHold")).isEmpty();
    }

    @Test
    void aSentenceComparingWithAPlaceholderTakesTheNumbersWrittenInTheRules() {
        RuleVocabulary vocabulary = of(new RuleFile("a.dsl", "[when]- kept longer than {n} days=keepDays > {n}"),
                new RuleFile("a.dslr", "when\n  - kept longer than 92 days\nthen"));
        assertThat(vocabulary.thresholds("keepDays")).containsExactly(92);
    }
}
