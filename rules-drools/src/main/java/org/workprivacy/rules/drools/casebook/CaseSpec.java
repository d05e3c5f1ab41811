package org.workprivacy.rules.drools.casebook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** One case of a casebook: a situation in facts and the verdict legal staff expect for it. */
public record CaseSpec(String name, String source, ObjectNode facts, Expectation expect) {

    @JsonCreator
    public CaseSpec(@JsonProperty(value = "name", required = true) String name,
                    @JsonProperty("source") String source,
                    @JsonProperty("facts") ObjectNode facts,
                    @JsonProperty(value = "expect", required = true) Expectation expect) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = source == null ? "" : source;
        this.facts = facts == null ? JsonNodeFactory.instance.objectNode() : facts;
        this.expect = Objects.requireNonNull(expect, "expect");
    }
}
