package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import org.workprivacy.rules.service.ServedRules;

/** A rule file that is not UTF-8 is a located problem in every command, never a stack trace (issue 12, item 5). */
class RuleFileEncodingTest {
    private static final String EXAMPLE = Path.of("../rules-examples/examples", "out-of-office", "server-side-auto-reply.json").toString();

    @TempDir
    Path dir;

    /** The bundled rules with a Latin-1 "é" (byte 0xE9, not UTF-8) written into line 2 of the chat rules. */
    private Path rulesWithLatin1() throws IOException {
        Path rules = dir.resolve("rules");
        assertThat(CliRun.of("init", rules.toString()).exitCode()).isEqualTo(ExitCode.OK);
        Path drl = rules.resolve("org/workprivacy/rules/chatmonitoring/chat-monitoring.dslr");
        byte[] text = Files.readAllBytes(drl);
        int secondLine = new String(text, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        byte[] broken = new byte[text.length + 4];
        System.arraycopy(text, 0, broken, 0, secondLine);
        System.arraycopy(new byte[] {'/', '/', ' ', (byte) 0xE9}, 0, broken, secondLine, 4);
        System.arraycopy(text, secondLine, broken, secondLine + 4, text.length - secondLine);
        Files.write(drl, broken);
        return rules;
    }

    private static final String WHERE = "org/workprivacy/rules/chatmonitoring/chat-monitoring.dslr:2:4: not valid UTF-8";

    @Test
    void checkTestAndDecideNameTheFileAndLine() throws IOException {
        Path rules = rulesWithLatin1();
        CliRun check = CliRun.of("check", "--rules", rules.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(check.out()).contains(WHERE);

        CliRun test = CliRun.of("test", "--rules", rules.toString());
        assertThat(test.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(test.err()).contains(WHERE).doesNotContain("Exception");

        CliRun decide = CliRun.of("decide", "--rules", rules.toString(), EXAMPLE);
        assertThat(decide.exitCode()).isEqualTo(ExitCode.RULE_ERROR);
        assertThat(decide.err()).contains(WHERE).doesNotContain("Exception");
        assertThat(decide.out()).isEmpty();
    }

    @Test
    void theServiceRefusesToStartOnThemWithTheSameProblem() throws IOException {
        Path rules = rulesWithLatin1();
        try {
            ServedRules.directory(rules);
            throw new AssertionError("served rules that are not UTF-8");
        } catch (RuleSetException e) {
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.located()).startsWith(WHERE));
        }
        try {
            RuleSetFiles.fromDirectory(rules);
            throw new AssertionError("read rules that are not UTF-8");
        } catch (RuleSetException e) {
            assertThat(e.getMessage()).startsWith(WHERE);
        }
    }
}
