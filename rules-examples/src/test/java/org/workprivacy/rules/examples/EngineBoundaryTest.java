package org.workprivacy.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * This module is an embedder (issue 16): its code may name rules-api types and the public entry of
 * rules-drools only, never an internal package of rules-drools nor a Drools type.
 */
class EngineBoundaryTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)(?:\\.\\*)?;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.workprivacy\\.rules\\.drools\\.\\w+|org\\.(?:kie|drools)\\.\\w+)");
    private static final List<String> ENTRY = List.of("org.workprivacy.rules.drools.DecisionEngines",
            "org.workprivacy.rules.drools.CasebookTests");

    @Test
    void embeddingCodeNamesOnlyTheApiAndTheEntry() {
        List<String> outside = sources().flatMap(EngineBoundaryTest::names)
                .filter(name -> name.startsWith("org.workprivacy.") || name.startsWith("org.kie.") || name.startsWith("org.drools."))
                .filter(name -> !name.startsWith("org.workprivacy.rules.api.") && !name.startsWith("org.workprivacy.rules.examples."))
                .filter(name -> !ENTRY.contains(name))
                .toList();

        assertThat(outside).as("types an embedder must not need").isEmpty();
    }

    @Test
    void theCheckSeesAnInternalImport() {
        // The scan itself: an import of an internal package is found, an import of the entry is not.
        assertThat(names("import org.workprivacy.rules.drools.decide.DroolsDecisionEngine;\n")
                .filter(n -> !ENTRY.contains(n))).containsExactly("org.workprivacy.rules.drools.decide.DroolsDecisionEngine");
        assertThat(names("x = org.kie.api.KieBase.class;")).containsExactly("org.kie.api");
    }

    private static Stream<String> sources() {
        return Stream.of(Path.of("src/main/java"), Path.of("src/test/java"))
                    .flatMap(root -> {
                        try {
                            return Files.walk(root).filter(f -> f.toString().endsWith(".java")).toList().stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(f -> !f.getFileName().toString().equals("EngineBoundaryTest.java"))
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
    }

    private static Stream<String> names(String source) {
        Stream.Builder<String> names = Stream.builder();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            names.add(imports.group(1));
        }
        Matcher qualified = QUALIFIED.matcher(source.replaceAll("(?m)^import .*$", ""));
        while (qualified.find()) {
            names.add(qualified.group(1));
        }
        return names.build();
    }
}
