package org.workprivacy.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<InputLine> lines(byte[] input, int limit) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(input), limit);
        List<InputLine> lines = new ArrayList<>();
        for (Optional<InputLine> line = reader.next(); line.isPresent(); line = reader.next()) {
            lines.add(line.get());
        }
        return lines;
    }

    private static List<InputLine> lines(String input) throws IOException {
        return lines(input.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void splitsOnNewlinesWithOrWithoutCarriageReturnAndKeepsALastLineWithoutOne() throws IOException {
        assertThat(lines("a\r\nb\nc")).containsExactly(
                new InputLine.Text(1, "a"), new InputLine.Text(2, "b"), new InputLine.Text(3, "c"));
    }

    @Test
    void emptyInputHasNoLinesAndAFinalNewlineEndsTheLastLine() throws IOException {
        assertThat(lines("")).isEmpty();
        assertThat(lines("a\n")).containsExactly(new InputLine.Text(1, "a"));
    }

    @Test
    void blankLinesAreLinesToo() throws IOException {
        assertThat(lines("\n \n")).containsExactly(new InputLine.Text(1, ""), new InputLine.Text(2, " "));
    }

    @Test
    void dropsAByteOrderMarkAtTheStart() throws IOException {
        byte[] input = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'};
        assertThat(lines(input, 10)).containsExactly(new InputLine.Text(1, "x"));
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        assertThat(lines("12345\r\n123456\nok".getBytes(StandardCharsets.UTF_8), 5)).containsExactly(
                new InputLine.Text(1, "12345"), new InputLine.TooLong(2, 6, 5), new InputLine.Text(3, "ok"));
    }

    @Test
    void invalidUtf8IsReportedNotGuessed() throws IOException {
        byte[] input = {'{', (byte) 0xC3, '(', '\n', 'x'};
        assertThat(lines(input, 10)).containsExactly(new InputLine.NotUtf8(1), new InputLine.Text(2, "x"));
    }

    @Test
    void aHugeLineIsSkippedWithoutBeingHeld() throws IOException {
        long huge = 64L * 1024 * 1024; // 64 MiB of one line, produced on the fly, never as one array
        LineReader reader = new LineReader(new EndlessLine(huge, "\n{\"next\": 1}\n"), 1024);
        assertThat(reader.next()).contains(new InputLine.TooLong(1, huge, 1024));
        assertThat(reader.lineBufferCapacity()).isLessThanOrEqualTo(1025);
        assertThat(reader.next()).contains(new InputLine.Text(2, "{\"next\": 1}"));
        assertThat(reader.next()).isEmpty();
    }

    /** {@code length} bytes of 'x', then a tail. */
    private static final class EndlessLine extends InputStream {
        private final long length;
        private final byte[] tail;
        private long position;

        EndlessLine(long length, String tail) {
            this.length = length;
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length + tail.length) {
                return -1;
            }
            int n = 0;
            while (n < count && position < length + tail.length) {
                buffer[offset + n++] = position < length ? (byte) 'x' : tail[(int) (position - length)];
                position++;
            }
            return n;
        }
    }
}
