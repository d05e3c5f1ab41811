package org.workprivacy.rules.drools.casebook;

import java.util.List;
import java.util.Objects;

/** The cases legal staff wrote for one scenario, kept beside its rule file. */
public record Casebook(String file, String scenario, List<CaseSpec> cases) {
    public Casebook {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenario, "scenario");
        cases = List.copyOf(cases);
    }

    /** Casebook files end in this suffix, next to the rules they test. */
    public static final String SUFFIX = ".casebook.yaml";
}
