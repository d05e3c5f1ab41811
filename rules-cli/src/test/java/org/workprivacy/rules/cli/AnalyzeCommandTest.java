package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * {@code analyze} as legal staff run it, and the output shown in docs/analysis.md, rerun here: each
 * {@code text} block after a {@code <!-- analyze ... -->} marker must still be what the command prints
 * (numbers and rule-set versions aside, which change with every edit of the rules).
 */
class AnalyzeCommandTest {
    static final String OOO_DSLR = "org/workprivacy/rules/outofoffice/out-of-office.dslr";
    static final String RETENTION_DRL = "org/workprivacy/rules/mailboxretention/mailbox-retention.dslr";
    static final String OOO_INVARIANTS = "org/workprivacy/rules/outofoffice/out-of-office.invariants.yaml";

    /** Analysing every scenario takes seconds: each command runs once for all tests of this class. */
    @TempDir
    static Path dir;
    private static final java.util.Map<List<String>, CliRun> RUNS = new java.util.HashMap<>();

    private static synchronized CliRun run(String... args) throws IOException {
        if (!Files.exists(dir.resolve("my-rules"))) {
            docRuleSets();
        }
        List<String> resolved = new ArrayList<>();
        for (String arg : args) {
            resolved.add(arg.endsWith("rules") || arg.endsWith("rules-before") ? dir.resolve(arg).toString() : arg);
        }
        return RUNS.computeIfAbsent(resolved, a -> CliRun.of(a.toArray(String[]::new)));
    }

    private static Path copy(String name) throws IOException {
        Path root = dir.resolve(name);
        for (RuleFile file : RuleSetFiles.fromClasspath().files()) {
            Path target = root.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        return root;
    }

    private static void edit(Path rules, String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String content = Files.readString(path);
        assertThat(content).contains(from);
        Files.writeString(path, content.replace(from, to));
    }

    /** docs/analysis.md's rule sets: the bundled rules, the authoring guide's edit, and a broken red line. */
    private static void docRuleSets() throws IOException {
        copy("my-rules-before");
        Path mine = copy("my-rules");
        edit(mine, OOO_DSLR, """
                    - a server-side reply is not possible
                    - nobody opens any mail
                then
                    allow""", """
                    - a server-side reply is not possible
                    - nobody opens any mail
                then
                    deny""");
        Path broken = copy("broken-rules");
        edit(broken, RETENTION_DRL, """
                    - whoever acts knows of a dispute or preservation request
                then
                    deny""", """
                    - whoever acts knows of a dispute or preservation request
                then
                    allow""");
    }

    @Test
    void theBundledRulesKeepEveryInvariant() throws IOException {
        CliRun run = run("analyze");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("summary: (\\d+) of \\1 invariants hold, 0 fail; \\d+ dead rules;"
                + " \\d+ shadowed permissions; 0 unsafe permissions");
        assertThat(run.err()).containsPattern("analysed \\d+ situations of 5 scenarios in [\\d.]+ s on \\d+ cores");
    }

    @Test
    void aBrokenRedLineExitsOneWithACounterexample() throws IOException {
        CliRun run = run("analyze", "--scenario", "mailbox-retention", "broken-rules");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("FAILS no-deletion-by-the-employer-under-legal-hold: broken in ")
                .contains("\"action\": \"delete\", \"clientInstruction\": \"approved\"")
                .contains("\"legalHold\": true").contains("\"actor\": \"employer\"")
                .contains("-> ALLOWED [ret-delete-despite-legal-hold]")
                .contains("rules: allow: Retention: mail that a known dispute or preservation request may need");

        CliRun test = run("test", "--quiet", "broken-rules");
        assertThat(test.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(test.out()).contains("FAILS org/workprivacy/rules/mailboxretention/mailbox-retention.invariants.yaml:9:"
                + " no-deletion-by-the-employer-under-legal-hold").containsPattern("invariants: \\d+ of \\d+ hold on every situation");
    }

    @Test
    void againstCountsTheChangedSituations() throws IOException {
        CliRun run = run("analyze", "--against", "my-rules-before", "my-rules");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("== out-of-office: [\\d,]+ situations compared\n  ALLOWED -> DENIED: [1-9]")
                .contains("DENIED -> ALLOWED: 0")
                .containsPattern("== mailbox-retention: no change in [\\d,]+ situations")
                .containsPattern("total: [1-9][\\d,]* situations change outcome");
    }

    @Test
    void aBrokenInvariantsFileIsRefusedWithFileAndLine() throws IOException {
        Path rules = copy("typo-rules");
        edit(rules, OOO_INVARIANTS, "workRelatedReason: false", "workRelatedReasn: false");
        CliRun run = CliRun.of("analyze", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.err()).containsPattern(Pattern.quote(OOO_INVARIANTS) + ":\\d+: unknown fact \"workRelatedReasn\" in"
                + " scenario out-of-office; facts: \\[action, workRelatedReason");
        CliRun check = CliRun.of("check", "--rules", rules.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).contains("unknown fact \"workRelatedReasn\"");
    }

    @Test
    void theOutputShownInTheDocsIsWhatAnalyzePrints() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "analysis.md"));
        Matcher blocks = Pattern.compile("<!-- analyze( [^>]*)? -->\\s*```text\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int checked = 0;
        while (blocks.find()) {
            List<String> args = new ArrayList<>(List.of("analyze"));
            if (blocks.group(1) != null) {
                args.addAll(List.of(blocks.group(1).trim().split("\\s+")));
            }
            CliRun run = run(args.toArray(String[]::new));
            String actual = normalise(run.out().replace(dir.toString() + "/", ""));
            for (String line : blocks.group(2).split("\n")) {
                if (line.isBlank() || line.startsWith("$ ") || line.strip().equals("...")) {
                    continue;
                }
                assertThat(actual).as("docs/analysis.md shows a line that `" + String.join(" ", args)
                        + "` no longer prints; its output is:\n" + run.out()).contains(normalise(line));
            }
            checked++;
        }
        assertThat(checked).as("docs/analysis.md has checked output blocks").isGreaterThanOrEqualTo(3);
    }

    /** Versions and counts change with every edit of the rules; the words and the shape must not. */
    private static String normalise(String text) {
        return text.replaceAll("sha256:[0-9a-f]+", "sha256:…").replaceAll("\\d[\\d,]*", "#");
    }
}
