package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    static final String RETENTION_DRL = "org/workprivacy/rules/mailboxretention/mailbox-retention.drl";
    static final String OOO_INVARIANTS = "org/workprivacy/rules/outofoffice/out-of-office.invariants.yaml";

    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
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
    private void docRuleSets() throws IOException {
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
                    MailboxRetention( action == Action.DELETE, legalHold == true )
                then
                    verdict.deny(kcontext);""", """
                    MailboxRetention( action == Action.DELETE, legalHold == true )
                then
                    verdict.allow(kcontext);""");
    }

    @Test
    void theBundledRulesKeepEveryInvariant() {
        CliRun run = CliRun.of("analyze");
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsPattern("summary: (\\d+) of \\1 invariants hold, 0 fail; \\d+ dead rules;"
                + " \\d+ shadowed permissions; 0 unsafe permissions");
        assertThat(run.err()).containsPattern("analysed \\d+ situations of 5 scenarios in [\\d.]+ s on \\d+ cores");
    }

    @Test
    void aBrokenRedLineExitsOneWithACounterexample() throws IOException {
        docRuleSets();
        CliRun run = CliRun.of("analyze", dir.resolve("broken-rules").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("FAILS no-deletion-under-legal-hold: broken in ")
                .contains("\"action\": \"delete\", \"clientInstruction\": \"approved\"")
                .contains("\"legalHold\": true")
                .contains("-> ALLOWED [ret-delete-despite-legal-hold]; rules: allow: Retention: mail that a known dispute");

        CliRun test = CliRun.of("test", "--quiet", dir.resolve("broken-rules").toString());
        assertThat(test.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(test.out()).contains("FAILS org/workprivacy/rules/mailboxretention/mailbox-retention.invariants.yaml:5:"
                + " no-deletion-under-legal-hold").containsPattern("invariants: \\d+ of \\d+ hold on every situation");
    }

    @Test
    void againstCountsTheChangedSituationsAsJson() throws IOException {
        docRuleSets();
        CliRun run = CliRun.of("analyze", "--format", "json", "--against", dir.resolve("my-rules-before").toString(),
                dir.resolve("my-rules").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("passed").asBoolean()).isTrue();
        JsonNode ooo = null;
        for (JsonNode scenario : json.get("changeImpact").get("scenarios")) {
            if (scenario.get("scenario").asText().equals("out-of-office")) {
                ooo = scenario;
            } else {
                assertThat(scenario.get("allowedToDenied").asLong() + scenario.get("deniedToAllowed").asLong()
                        + scenario.get("reasonsChanged").asLong() + scenario.get("conditionsChanged").asLong()).isZero();
            }
        }
        assertThat(ooo).isNotNull();
        assertThat(ooo.get("allowedToDenied").asLong()).isPositive();
        assertThat(ooo.get("deniedToAllowed").asLong()).isZero();
        assertThat(ooo.get("examples").get(0).get("kind").asText()).isEqualTo("ALLOWED_TO_DENIED");
        assertThat(json.get("analysis").get("scenarios")).hasSize(5);
    }

    @Test
    void aBrokenInvariantsFileIsRefusedWithFileAndLine() throws IOException {
        Path rules = copy("typo");
        edit(rules, OOO_INVARIANTS, "workRelatedReason: false", "workRelatedReasn: false");
        CliRun run = CliRun.of("analyze", rules.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(run.err()).containsPattern(Pattern.quote(OOO_INVARIANTS) + ":\\d+: unknown fact \"workRelatedReasn\" in"
                + " scenario out-of-office; facts: \\[action, workRelatedReason");
        CliRun check = CliRun.of("check", rules.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).contains("unknown fact \"workRelatedReasn\"");
    }

    @Test
    void theOutputShownInTheDocsIsWhatAnalyzePrints() throws IOException {
        docRuleSets();
        String doc = Files.readString(Path.of("..", "docs", "analysis.md"));
        Matcher blocks = Pattern.compile("<!-- analyze( [^>]*)? -->\\s*```text\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int checked = 0;
        while (blocks.find()) {
            List<String> args = new ArrayList<>(List.of("analyze"));
            if (blocks.group(1) != null) {
                for (String arg : blocks.group(1).trim().split("\\s+")) {
                    args.add(Files.exists(dir.resolve(arg)) ? dir.resolve(arg).toString() : arg);
                }
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
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
