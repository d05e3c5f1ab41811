package org.workprivacy.rules.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than
 * {@code maxLineBytes} of one line: the rest of a longer line is skipped and counted, so a single huge
 * line cannot exhaust the heap. A UTF-8 byte-order mark at the very start is dropped. Not thread-safe.
 */
public final class LineReader {
    /** The largest line limit: 1 GiB. */
    public static final int MAX_LIMIT = 1 << 30;
    private static final int READ_SIZE = 64 * 1024;

    private final InputStream input;
    private final int maxLineBytes;
    private final byte[] readBuffer = new byte[READ_SIZE];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int readPosition;
    private int readLimit;
    private byte[] line;
    private int lineLength;
    private long lineNumber;
    private boolean atStart = true;
    private boolean endOfInput;

    public LineReader(InputStream input, int maxLineBytes) {
        if (maxLineBytes < 1 || maxLineBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("maxLineBytes must be between 1 and " + MAX_LIMIT + ", was " + maxLineBytes);
        }
        this.input = input;
        this.maxLineBytes = maxLineBytes;
        this.line = new byte[Math.min(256, maxLineBytes + 1)];
    }

    /** The next line, or empty at the end of the input. A last line without a line ending counts. */
    public Optional<InputLine> next() throws IOException {
        if (endOfInput) {
            return Optional.empty();
        }
        lineLength = 0;
        long bytes = 0;
        byte last = 0;
        boolean sawAnything = false;
        while (true) {
            if (readPosition == readLimit && !fill()) {
                endOfInput = true;
                if (!sawAnything) {
                    return Optional.empty();
                }
                break;
            }
            sawAnything = true;
            byte b = readBuffer[readPosition++];
            if (b == '\n') {
                break;
            }
            bytes++;
            last = b;
            if (bytes <= maxLineBytes + 1L) {
                // One byte over the limit is kept so that a trailing \r of a full-length line can be dropped.
                append(b);
            }
        }
        lineNumber++;
        if (bytes > 0 && last == '\r') {
            bytes--;
            lineLength = (int) Math.min(lineLength, bytes);
        }
        if (bytes > maxLineBytes) {
            return Optional.of(new InputLine.TooLong(lineNumber, bytes, maxLineBytes));
        }
        return Optional.of(decode());
    }

    /** Size of the buffer holding the current line: never more than the limit plus one. */
    int lineBufferCapacity() {
        return line.length;
    }

    /** Refills the read buffer with at least one byte; false at the end of the input. */
    private boolean fill() throws IOException {
        while (true) {
            int n = input.read(readBuffer);
            if (n < 0) {
                return false;
            }
            int start = 0;
            if (atStart && n > 0) {
                atStart = false;
                if (n >= 3 && readBuffer[0] == (byte) 0xEF && readBuffer[1] == (byte) 0xBB
                        && readBuffer[2] == (byte) 0xBF) {
                    start = 3;
                }
            }
            if (n > start) {
                readPosition = start;
                readLimit = n;
                return true;
            }
        }
    }

    private void append(byte b) {
        if (lineLength == line.length) {
            line = Arrays.copyOf(line, (int) Math.min((long) maxLineBytes + 1, 2L * line.length));
        }
        line[lineLength++] = b;
    }

    private InputLine decode() {
        try {
            return new InputLine.Text(lineNumber, utf8.decode(ByteBuffer.wrap(line, 0, lineLength)).toString());
        } catch (CharacterCodingException e) {
            return new InputLine.NotUtf8(lineNumber);
        }
    }
}
