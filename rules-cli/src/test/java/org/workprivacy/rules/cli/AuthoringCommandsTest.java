package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/** check, test and explain as a legal author uses them: on the bundled rules and on an edited copy. */
class AuthoringCommandsTest {
    private static final String OOO_DSLR = "org/workprivacy/rules/outofoffice/out-of-office.dslr";
    private static final String OOO_DSL = "org/workprivacy/rules/outofoffice/out-of-office.dsl";

    @TempDir
    Path dir;

    /** A copy of the bundled rules, as legal staff would start from. */
    private Path copyOfBundledRules() throws IOException {
        for (RuleFile file : RuleSetFiles.fromClasspath().files()) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        return dir;
    }

    private void edit(Path rules, String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String content = Files.readString(path);
        assertThat(content).contains(from);
        Files.writeString(path, content.replace(from, to));
    }

    @Test
    void theBundledRulesPassCheckAndTest() {
        CliRun check = CliRun.of("check");
        assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCode.OK);
        assertThat(check.out()).contains("ok: bundled rules has no errors");

        CliRun test = CliRun.of("test");
        assertThat(test.exitCode()).as(test.out()).isEqualTo(ExitCode.OK);
        assertThat(test.out()).contains("PASS org/workprivacy/rules/outofoffice/out-of-office.casebook.yaml: ")
                .containsPattern("\\d+ passed, 0 failed\\s*$")
                .containsPattern("coverage: (\\d+) of \\1 rules fired");
    }

    @Test
    void flippingARuleShowsInTestAndDecide() throws IOException {
        Path rules = copyOfBundledRules();
        // A lawyer decides a password reset is never acceptable: the permission becomes a prohibition.
        edit(rules, OOO_DSLR, """
                    - a server-side reply is not possible
                    - nobody opens any mail
                then
                    allow""", """
                    - a server-side reply is not possible
                    - nobody opens any mail
                then
                    deny""");

        CliRun check = CliRun.of("check", "--rules", rules.toString());
        assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCode.OK);

        CliRun test = CliRun.of("test", "--quiet", "--rules", rules.toString());
        assertThat(test.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(test.out()).contains("FAIL org/workprivacy/rules/outofoffice/out-of-office.casebook.yaml: Password reset as a last resort")
                .contains("outcome: expected ALLOWED but was DENIED")
                // the permission's own cases (with and without four-eyes), plus the cases whose missing facts or reasons it shapes
                .containsPattern("\\d+ passed, 6 failed");

        Path situation = Files.writeString(dir.resolve("reset.json"), """
                {"scenario": "out-of-office", "facts": {"action": "enable-auto-reply", "workRelatedReason": true,
                 "employeeContact": "unreachable", "method": "password-reset", "serverSideAutoReplyPossible": false,
                 "mailOpened": false, "replySpecialCategoryData": false, "fourEyes": true}}""");
        assertThat(CliRun.of("decide", situation.toString()).out()).contains("\"outcome\" : \"ALLOWED\"");
        assertThat(CliRun.of("decide", "--rules", rules.toString(), situation.toString()).out())
                .contains("\"outcome\" : \"DENIED\"");
    }

    @Test
    void checkReportsEveryProblemAtOnceWithItsPlace() throws IOException {
        Path rules = copyOfBundledRules();
        edit(rules, OOO_DSL, "workRelatedReason == false", "workRelatedReason == \"no\"");
        edit(rules, OOO_DSLR, "    - the search is not targeted", "    - the search is not targetted");
        Files.writeString(rules.resolve("org/workprivacy/rules/outofoffice/extra.drl"), """
                package org.workprivacy.rules.outofoffice;
                import org.workprivacy.rules.api.situation.OutOfOffice;
                global org.workprivacy.rules.drools.decide.VerdictCollector verdict;

                rule "A misspelt fact" @code("ooo-x") @legalBasis("GDPR art. 5(1)(c)")
                when
                    OutOfOffice( targetedSerch == false )
                then
                    verdict.deny(kcontext);
                end
                """);

        CliRun check = CliRun.of("check", "--rules", rules.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out())
                .containsPattern(OOO_DSL + ":\\d+:\\d+: fact `workRelatedReason` is yes/no")
                .containsPattern(OOO_DSLR + ":\\d+:5: no sentence of the decision language \\(.dsl files\\) matches \"- the search is not targetted\"")
                .contains("org/workprivacy/rules/outofoffice/extra.drl:7:18: cannot understand the condition `targetedSerch == false`")
                .contains("error(s)");
    }

    @Test
    void checkReportsAMissingTextAndAnUnfiredRule() throws IOException {
        Path rules = copyOfBundledRules();
        edit(rules, "messages_nl.properties", "ooo-untargeted-search=", "ooo-untargeted-search-old=");
        Files.writeString(rules.resolve("org/workprivacy/rules/outofoffice/extra.drl"), """
                package org.workprivacy.rules.outofoffice;
                import org.workprivacy.rules.api.situation.OutOfOffice;
                global org.workprivacy.rules.drools.decide.VerdictCollector verdict;

                rule "A rule nobody tested"
                    @code("ooo-untested") @legalBasis("GDPR art. 5(1)(c)")
                when
                    OutOfOffice( mailOpened == true, targetedSearch == true )
                then
                    verdict.deny(kcontext);
                end
                """);
        CliRun check = CliRun.of("check", "--rules", rules.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out())
                .contains("org/workprivacy/rules/outofoffice/extra.drl:5: no casebook case fires rule \"A rule nobody tested\"")
                .containsPattern(OOO_DSLR + ":\\d+: reason code `ooo-untargeted-search` of rule .* has no text in messages_nl.properties")
                .contains("extra.drl:5: reason code `ooo-untested` of rule \"A rule nobody tested\" has no text in messages_en.properties");
    }

    @Test
    void theRulesDirectoryIsSpelledAsInTheOtherCommandsAndTheOldSpellingStillWorks() throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package org.workprivacy.rules.x;\nrule \"cut off\" when\n");

        CliRun option = CliRun.of("check", "--rules", dir.toString());
        CliRun positional = CliRun.of("check", dir.toString());
        CliRun both = CliRun.of("check", "--rules", dir.toString(), dir.resolve("elsewhere").toString());

        assertThat(option.exitCode()).as(option.out()).isEqualTo(ExitCode.FAILED);
        assertThat(option.out()).contains("broken.drl:");
        assertThat(positional.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(positional.out()).isEqualTo(option.out());
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("two rules directories");
        assertThat(CliRun.of("check", "--help").out()).contains("--rules=DIR").doesNotContain("[DIR]");
    }

    @Test
    void explainShowsTheFiredRulesAndTheCombination() {
        CliRun run = CliRun.of("explain", "../rules-examples/examples/out-of-office/password-reset.json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("1. DENY         \"Do not reset the password when an administrator can set the reply server-side\"")
                .contains("legal basis: GDPR art. 5(1)(c); GDPR art. 25(1)")
                .contains("How they combine: every one of the ").contains(" is DENIED: DENIED whatever the open facts are")
                .doesNotContain("condition: ");
    }

    @Test
    void initCopiesTheBundledRulesAndRefusesToOverwrite() throws IOException {
        Path target = dir.resolve("my-rules");
        CliRun init = CliRun.of("init", target.toString());
        assertThat(init.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(target.resolve(OOO_DSLR)).exists();
        assertThat(RuleSetFiles.fromDirectory(target).version()).isEqualTo(RuleSetFiles.fromClasspath().version());

        CliRun again = CliRun.of("init", target.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("not an empty directory");
    }
}
