package org.workprivacy.rules.drools.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.api.situation.MailboxRetention;
import org.workprivacy.rules.drools.casebook.CasebookLimits;
import org.workprivacy.rules.drools.load.RuleFile;

/** The invariants reader is as strict as the casebook reader, and says where: file:line. */
class InvariantReaderTest {
    private static final String FILE = "org/x/mailbox-retention.invariants.yaml";
    private static final String HEAD = "scenario: mailbox-retention\ninvariants:\n";
    private static final String GOOD = """
              - id: no-deletion-under-legal-hold
                sentence: Never delete under a legal hold.
                legalBasis: GDPR art. 17(3)(e); GDPR art. 5(1)(e)
                when:
                  action: delete
                  legalHold: true
                never: ALLOWED
            """;

    private static List<Invariant> read(String yaml) {
        return new InvariantReader().read(new RuleFile(FILE, yaml));
    }

    private static List<String> refused(String yaml) {
        try {
            read(yaml);
        } catch (RuleSetException e) {
            return e.problems().stream().map(RuleProblem::located).toList();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void aGoodInvariantIsRead() {
        Invariant invariant = read(HEAD + GOOD).get(0);
        assertThat(invariant.id()).isEqualTo("no-deletion-under-legal-hold");
        assertThat(invariant.legalBasis()).containsExactly("GDPR art. 17(3)(e)", "GDPR art. 5(1)(e)");
        assertThat(invariant.location()).isEqualTo(FILE + ":3");
        assertThat(invariant.always()).isFalse();
        assertThat(invariant.property()).isEqualTo(Invariant.Property.OUTCOME);
        assertThat(invariant.value()).isEqualTo("ALLOWED");
        assertThat(invariant.when()).hasSize(2);
    }

    @Test
    void valuesListsAnyAndNotStatedAndEveryClaimForm() {
        List<Invariant> invariants = read(HEAD + """
                  - id: a
                    sentence: s
                    legalBasis: GDPR art. 5(2)
                    when:
                      action: [keep-active, convert-to-shared]
                      legalHold: not stated
                      keepPurpose: any
                      employeeInformed: [false, not stated]
                    always: {condition: ret-delete-at-end-of-period}
                  - id: b
                    sentence: s
                    legalBasis: GDPR art. 5(2)
                    never: {reason: ret-keep-without-purpose}
                  - id: c
                    sentence: s
                    legalBasis: GDPR art. 5(2)
                    always: {outcome: DENIED}
                """);
        Invariant a = invariants.get(0);
        var action = a.when().entrySet().stream().filter(e -> e.getKey().name().equals("action")).findFirst().orElseThrow().getValue();
        assertThat(action.accepts(MailboxRetention.Action.KEEP_ACTIVE)).isTrue();
        assertThat(action.accepts(MailboxRetention.Action.DELETE)).isFalse();
        assertThat(action.accepts(null)).isFalse();
        var hold = a.when().entrySet().stream().filter(e -> e.getKey().name().equals("legalHold")).findFirst().orElseThrow().getValue();
        assertThat(hold.accepts(null)).isTrue();
        assertThat(hold.accepts(true)).isFalse();
        var purpose = a.when().entrySet().stream().filter(e -> e.getKey().name().equals("keepPurpose")).findFirst().orElseThrow().getValue();
        assertThat(purpose.accepts(null)).isTrue();
        assertThat(purpose.accepts(MailboxRetention.KeepPurpose.NONE)).isTrue();
        assertThat(a.always()).isTrue();
        assertThat(a.rule()).isEqualTo("always condition ret-delete-at-end-of-period");
        assertThat(invariants.get(1).rule()).isEqualTo("never reason ret-keep-without-purpose");
        assertThat(invariants.get(2).rule()).isEqualTo("always DENIED");
    }

    @Test
    void anUnknownFactIsRefusedAtItsLine() {
        assertThat(refused(HEAD + GOOD.replace("legalHold: true", "legalHolds: true")))
                .singleElement().asString().startsWith(FILE + ":8: unknown fact \"legalHolds\" in scenario mailbox-retention");
    }

    @Test
    void anUnknownValueIsRefusedAtItsLine() {
        assertThat(refused(HEAD + GOOD.replace("action: delete", "action: shred")))
                .singleElement().asString().startsWith(FILE + ":7: fact action: invalid value \"shred\"; expected delete,");
        assertThat(refused(HEAD + GOOD.replace("legalHold: true", "legalHold: \"yes\"")))
                .singleElement().asString().startsWith(FILE + ":8: fact legalHold: invalid value");
    }

    @Test
    void unknownAndDuplicateKeysAreRefused() {
        assertThat(refused(HEAD + GOOD.replace("never: ALLOWED", "never: ALLOWED\n    severity: high")))
                .singleElement().asString().matches(FILE + ":1[01]: .*").contains("severity");
        assertThat(refused(HEAD + GOOD.replace("never: ALLOWED", "never: ALLOWED\n    never: DENIED")))
                .singleElement().asString().matches(FILE + ":1[01]: .*").contains("never");
        assertThat(refused(HEAD + GOOD + GOOD)).singleElement().asString()
                .isEqualTo(FILE + ":10: invariant id \"no-deletion-under-legal-hold\" is used twice");
    }

    @Test
    void exactlyOneOfNeverAndAlwaysWithAKnownClaim() {
        assertThat(refused(HEAD + GOOD.replace("never: ALLOWED", "always: DENIED\n    never: ALLOWED")))
                .singleElement().asString().isEqualTo(FILE + ":3: invariant no-deletion-under-legal-hold: give exactly one of"
                        + " \"never\" and \"always\"");
        assertThat(refused(HEAD + GOOD.replace("never: ALLOWED", "")))
                .singleElement().asString().contains("give exactly one of");
        assertThat(refused(HEAD + GOOD.replace("never: ALLOWED", "never: MAYBE")))
                .singleElement().asString().contains("outcome \"MAYBE\" is neither ALLOWED nor DENIED");
        assertThat(refused(HEAD + GOOD.replace("never: ALLOWED", "never: {verdict: ALLOWED}")))
                .singleElement().asString().contains("never/always takes ALLOWED, DENIED or one of");
    }

    @Test
    void requiredFieldsAnchorsScenarioAndLimits() {
        assertThat(refused(HEAD + GOOD.replace("    sentence: Never delete under a legal hold.\n", "")))
                .singleElement().asString().contains("sentence");
        assertThat(refused(HEAD + GOOD.replace("when:", "when: &w")))
                .singleElement().asString().contains("anchors and aliases");
        assertThat(refused("scenario: mailbox-retention\ninvariants: ~\n"))
                .singleElement().asString().contains("\"invariants\" must be a list");
        assertThat(refused(HEAD.replace("mailbox-retention", "out-of-office") + GOOD))
                .singleElement().asString().contains("belong in a file named out-of-office.invariants.yaml");
        assertThat(refused(HEAD.replace("mailbox-retention", "mailbox") + GOOD))
                .singleElement().asString().contains("unknown scenario \"mailbox\"");
        assertThatThrownBy(() -> new InvariantReader(new CasebookLimits(1 << 20, 64, 1))
                .read(new RuleFile(FILE, HEAD + GOOD + GOOD.replace("id: no-", "id: other-"))))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("at most 1 are allowed");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        assertThat(refused(HEAD + GOOD.replace("action: delete", "action: shred").replace("legalHold: true", "hold: true")))
                .hasSize(2);
    }
}
