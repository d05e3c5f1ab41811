package org.workprivacy.rules.drools.casebook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.workprivacy.rules.api.verdict.Outcome;

/**
 * What legal staff expect for a case: the outcome and the exact sets of reason codes, condition codes
 * and missing facts. An omitted list means "none expected", so a case never passes by leaving out a check.
 */
public record Expectation(Outcome outcome, List<String> reasons, List<String> conditions, List<String> missingFacts) {

    @JsonCreator
    public Expectation(@JsonProperty(value = "outcome", required = true) Outcome outcome,
                       @JsonProperty(value = "reasons", required = true) List<String> reasons,
                       @JsonProperty("conditions") List<String> conditions,
                       @JsonProperty("missingFacts") List<String> missingFacts) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        this.conditions = conditions == null ? List.of() : List.copyOf(conditions);
        this.missingFacts = missingFacts == null ? List.of() : List.copyOf(missingFacts);
    }
}
