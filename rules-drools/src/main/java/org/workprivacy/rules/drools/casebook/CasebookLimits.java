package org.workprivacy.rules.drools.casebook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How big a casebook may be before it is refused unread. Casebooks are written by hand, so anything
 * near these limits is a mistake (or an attack on a service that runs uploaded casebooks).
 *
 * @param maxChars        characters of one casebook file
 * @param maxNestingDepth nested mappings and lists (a case's facts sit at depth four)
 * @param maxCases        cases in one casebook
 */
public record CasebookLimits(int maxChars, int maxNestingDepth, int maxCases) {
    /** 2 MiB, 64 levels, 5,000 cases: far beyond any casebook legal staff write. */
    public static final CasebookLimits DEFAULT = new CasebookLimits(2 << 20, 64, 5_000);

    public CasebookLimits {
        if (maxChars < 1 || maxNestingDepth < 4 || maxCases < 1) {
            throw new IllegalArgumentException("limits must be positive and allow four levels of nesting: "
                    + maxChars + ", " + maxNestingDepth + ", " + maxCases);
        }
    }

    /**
     * A YAML reader for files legal staff write beside the rules (casebooks, invariants), held to these limits:
     * no anchors or aliases, no key given twice, no unknown key, no missing value for a number or yes/no.
     * The one for {@link #DEFAULT} is built once and shared (casebooks and invariants are read with it).
     */
    public ObjectMapper strictYaml() {
        return equals(DEFAULT) ? DefaultYaml.MAPPER : build();
    }

    /** Built on first use only: DEFAULT must exist first. */
    private static final class DefaultYaml {
        static final ObjectMapper MAPPER = DEFAULT.build();
    }

    private ObjectMapper build() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(maxChars);
        loader.setNestingDepthLimit(maxNestingDepth);
        loader.setMaxAliasesForCollections(0);
        loader.setAllowDuplicateKeys(false);
        return YAMLMapper.builder(YAMLFactory.builder()
                        .loaderOptions(loader)
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(maxNestingDepth)
                                .maxDocumentLength(maxChars)
                                .build())
                        .build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
