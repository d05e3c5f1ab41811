package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decide and batch read the same bytes the same way (issue 12, item 7). */
class SituationBytesTest {
    private static final byte[] MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String SITUATION = "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"password-reset\"}}";

    @TempDir
    Path dir;

    private Path file(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void aByteOrderMarkIsAcceptedByDecideAsByBatch() throws IOException {
        byte[] situation = SITUATION.getBytes(StandardCharsets.UTF_8);
        CliRun decide = CliRun.of("decide", file("s.json", MARK, situation).toString());
        CliRun batch = CliRun.of("batch", file("s.jsonl", MARK, situation, new byte[] {'\n'}).toString());
        assertThat(decide.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(decide.out()).contains("\"outcome\" : \"DENIED\"");
        assertThat(batch.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(batch.out()).contains("\"outcome\":\"DENIED\"");
    }

    @Test
    void invalidUtf8IsReportedWithItsByte() throws IOException {
        byte[] situation = SITUATION.getBytes(StandardCharsets.UTF_8);
        situation[1] = (byte) 0xC3; // a lead byte followed by '"' instead of a continuation byte
        CliRun decide = CliRun.of("decide", file("s.json", situation).toString());
        assertThat(decide.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(decide.err()).contains("not valid UTF-8 at byte 2").doesNotContain("Input length");
    }

    @Test
    void anEnumValueWithATrailingSpaceIsRefusedByDecideAndBatch() throws IOException {
        String spaced = SITUATION.replace("password-reset", "password-reset ");
        CliRun decide = CliRun.of("decide", Files.writeString(dir.resolve("s.json"), spaced).toString());
        CliRun batch = CliRun.of("batch", Files.writeString(dir.resolve("s.jsonl"), spaced + "\n").toString());
        assertThat(decide.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(decide.err()).contains("facts.method: invalid value \"password-reset \"");
        assertThat(batch.out()).contains("\"field\":\"facts.method\"").contains("invalid value \\\"password-reset \\\"");
    }
}
