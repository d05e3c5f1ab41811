package org.workprivacy.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;

/** README's embedding snippet is this module's EmbeddingExample, verbatim, and it decides as README says. */
class EmbeddingExampleTest {
    private static final String START = "<!-- embedding-example: rules-examples/src/main/java/org/workprivacy/rules/"
            + "examples/EmbeddingExample.java -->";
    private static final String END = "<!-- /embedding-example -->";

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
}
