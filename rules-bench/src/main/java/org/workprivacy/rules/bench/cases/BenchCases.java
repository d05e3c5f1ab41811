package org.workprivacy.rules.bench.cases;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.drools.casebook.Casebook;
import org.workprivacy.rules.drools.casebook.CaseSpec;
import org.workprivacy.rules.drools.casebook.CasebookReader;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The inputs of the benchmarks: every case of every casebook in a rule set, so a new scenario's
 * casebook is benchmarked (and checked against the baseline) as soon as it exists.
 */
public final class BenchCases {
    /** The value of the {@code scenario} benchmark parameter that cycles through the cases of all scenarios. */
    public static final String ALL = "all";

    private final List<BenchCase> cases;

    private BenchCases(List<BenchCase> cases) {
        this.cases = List.copyOf(cases);
    }

    public static BenchCases of(RuleSetFiles files) {
        SituationJson json = new SituationJson();
        List<BenchCase> cases = new ArrayList<>();
        for (Casebook casebook : new CasebookReader().readAll(files)) {
            for (CaseSpec spec : casebook.cases()) {
                ObjectNode document = JsonNodeFactory.instance.objectNode();
                document.put("scenario", casebook.scenario());
                document.set("facts", spec.facts());
                cases.add(new BenchCase(casebook.scenario(), spec.name(), json.read(document), document.toString(), spec.expect()));
            }
        }
        return new BenchCases(cases);
    }

    public static BenchCases bundled() {
        return of(RuleSetFiles.fromClasspath());
    }

    public List<BenchCase> all() {
        return cases;
    }

    /** The cases of one scenario, or of all for {@link #ALL}; fails for a scenario without cases. */
    public List<BenchCase> of(String scenario) {
        List<BenchCase> selected = ALL.equals(scenario) ? cases
                : cases.stream().filter(c -> c.scenario().equals(scenario)).toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no casebook cases for scenario \"" + scenario + "\"; have " + scenarios());
        }
        return selected;
    }

    /** The scenarios that have casebook cases, sorted. */
    public List<String> scenarios() {
        return List.copyOf(new TreeSet<>(cases.stream().map(BenchCase::scenario).toList()));
    }
}
