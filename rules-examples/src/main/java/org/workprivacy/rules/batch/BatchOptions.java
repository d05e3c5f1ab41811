package org.workprivacy.rules.batch;

import java.util.Optional;
import org.workprivacy.rules.api.verdict.Language;

/**
 * How a batch runs. At most {@code window} chunks are in flight (being decided or waiting to be written),
 * each of at most {@code chunkLines} lines and about {@code chunkBytes} of text, plus one line of up to
 * {@code maxLineBytes}; so the memory a run needs depends on these numbers only, never on the input's length.
 */
public record BatchOptions(int threads, int window, int chunkLines, int chunkBytes, int maxLineBytes,
                           Optional<String> idField, Language language) {
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    public static final int DEFAULT_CHUNK_LINES = 128;
    public static final int DEFAULT_CHUNK_BYTES = 128 * 1024;

    public BatchOptions {
        positive("threads", threads);
        positive("window", window);
        positive("chunkLines", chunkLines);
        positive("chunkBytes", chunkBytes);
        if (maxLineBytes < 1 || maxLineBytes > LineReader.MAX_LIMIT) {
            throw new IllegalArgumentException("maxLineBytes must be between 1 and " + LineReader.MAX_LIMIT);
        }
    }

    /** One thread per core, a window of two chunks per thread so no thread waits for the writer. */
    public static BatchOptions defaults() {
        int threads = Runtime.getRuntime().availableProcessors();
        return new BatchOptions(threads, 2 * threads, DEFAULT_CHUNK_LINES, DEFAULT_CHUNK_BYTES,
                DEFAULT_MAX_LINE_BYTES, Optional.empty(), Language.EN);
    }

    public BatchOptions withThreads(int newThreads) {
        return new BatchOptions(newThreads, 2 * newThreads, chunkLines, chunkBytes, maxLineBytes, idField, language);
    }

    public BatchOptions withWindow(int newWindow, int newChunkLines) {
        return new BatchOptions(threads, newWindow, newChunkLines, chunkBytes, maxLineBytes, idField, language);
    }

    public BatchOptions withMaxLineBytes(int newMaxLineBytes) {
        return new BatchOptions(threads, window, chunkLines, chunkBytes, newMaxLineBytes, idField, language);
    }

    public BatchOptions withIdField(Optional<String> newIdField) {
        return new BatchOptions(threads, window, chunkLines, chunkBytes, maxLineBytes, newIdField, language);
    }

    public BatchOptions withLanguage(Language newLanguage) {
        return new BatchOptions(threads, window, chunkLines, chunkBytes, maxLineBytes, idField, newLanguage);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
