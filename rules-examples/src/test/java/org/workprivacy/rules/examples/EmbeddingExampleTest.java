package org.workprivacy.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.DecisionEngine;
import org.workprivacy.rules.api.ruleset.ReloadResult;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;
import org.workprivacy.rules.drools.CasebookTests;
import org.workprivacy.rules.drools.DecisionEngines;

/** README's embedding snippet is this module's EmbeddingExample, verbatim, and it decides as README says. */
class EmbeddingExampleTest {
    private static final String START = "<!-- embedding-example: rules-examples/src/main/java/org/workprivacy/rules/"
            + "examples/EmbeddingExample.java -->";
    private static final String END = "<!-- /embedding-example -->";
    private static final Path BUNDLED_RULES = Path.of("../rules-drools/src/main/resources/rules");

    @Test
    void readmeShowsTheExampleVerbatim() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src/main/java/org/workprivacy/rules/examples/EmbeddingExample.java"),
                StandardCharsets.UTF_8);
        assertThat(readme).contains(START).contains(END);
        String block = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END)).strip();
        assertThat(block).startsWith("```java\n").endsWith("\n```");
        String shown = block.substring("```java\n".length(), block.length() - "```".length());
        assertThat(shown).as("README's embedding snippet differs from EmbeddingExample.java; copy the file into "
                + "README between the markers").isEqualTo(source);
    }

    @Test
    void theServerSideAutoReplyIsAllowedWithEveryFactStated() {
        Verdict verdict = EmbeddingExample.decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOWED);
        assertThat(verdict.reasonCodes()).containsExactly("ooo-server-side-auto-reply");
        assertThat(verdict.missingFacts()).isEmpty();
        assertThat(verdict.conditionCodes()).contains("inform-employee-afterwards", "record-the-action");
    }

    @Test
    void reloadingUnchangedRulesKeepsTheirVersion() {
        ReloadResult result = EmbeddingExample.reload(BUNDLED_RULES);

        assertThat(result.changed()).isFalse();
        assertThat(result.failed()).isFalse();
        assertThat(result.version()).isEqualTo(DecisionEngines.bundled().ruleSetVersion());
    }

    @Test
    void casebookTestsTakeTheApiType() {
        DecisionEngine engine = DecisionEngines.bundled(); // precompiled: no second build of the rules here

        assertThat(CasebookTests.of(engine)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(node -> assertThat(node).isInstanceOf(DynamicContainer.class));
    }
}
