package org.workprivacy.rules.batch;

import java.util.Optional;
import org.workprivacy.rules.api.verdict.Language;

/**
 * How a batch runs. At most {@code window} chunks are in flight (being decided or waiting to be written),
 * each of at most {@code chunkLines} lines and about {@code chunkBytes} of text, and together never more
 * than about {@code windowBytes} of text (a single chunk bigger than that runs alone), plus the chunk being
 * read with one line of up to {@code maxLineBytes}; so the memory a run needs depends on these numbers
 * only, never on the input's length. Sizes of text are counted as in memory: two bytes a character.
 */
public record BatchOptions(int threads, int window, int chunkLines, int chunkBytes, long windowBytes,
                           int maxLineBytes, Optional<String> idField, Language language) {
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    public static final int DEFAULT_CHUNK_LINES = 128;
    public static final int DEFAULT_CHUNK_BYTES = 128 * 1024;
    /** The most text in flight by default, however many threads: far more than small lines ever need. */
    public static final long MAX_WINDOW_BYTES = 64L << 20;

    public BatchOptions {
        positive("threads", threads);
        positive("window", window);
        positive("chunkLines", chunkLines);
        positive("chunkBytes", chunkBytes);
        if (windowBytes < 1) {
            throw new IllegalArgumentException("windowBytes must be at least 1, was " + windowBytes);
        }
        if (maxLineBytes < 1 || maxLineBytes > LineReader.MAX_LIMIT) {
            throw new IllegalArgumentException("maxLineBytes must be between 1 and " + LineReader.MAX_LIMIT);
        }
    }

    /**
     * One thread per core, a window of two chunks per thread so no thread waits for the writer, and at most
     * an eighth of the heap (64 MiB at most) of text in flight: with small lines the window of chunks is
     * the bound, with lines of a megabyte the bytes are, so many threads on huge lines cannot exhaust a
     * small heap (each line also costs its parse while it is decided).
     */
    public static BatchOptions defaults() {
        int threads = Runtime.getRuntime().availableProcessors();
        return new BatchOptions(threads, 2 * threads, DEFAULT_CHUNK_LINES, DEFAULT_CHUNK_BYTES, defaultWindowBytes(),
                DEFAULT_MAX_LINE_BYTES, Optional.empty(), Language.EN);
    }

    /** An eighth of the heap, at most {@link #MAX_WINDOW_BYTES}. */
    public static long defaultWindowBytes() {
        return Math.max(1, Math.min(MAX_WINDOW_BYTES, Runtime.getRuntime().maxMemory() / 8));
    }

    public BatchOptions withThreads(int newThreads) {
        return new BatchOptions(newThreads, 2 * newThreads, chunkLines, chunkBytes, windowBytes, maxLineBytes, idField,
                language);
    }

    public BatchOptions withWindow(int newWindow, int newChunkLines) {
        return new BatchOptions(threads, newWindow, newChunkLines, chunkBytes, windowBytes, maxLineBytes, idField,
                language);
    }

    public BatchOptions withWindowBytes(long newWindowBytes) {
        return new BatchOptions(threads, window, chunkLines, chunkBytes, newWindowBytes, maxLineBytes, idField,
                language);
    }

    public BatchOptions withMaxLineBytes(int newMaxLineBytes) {
        return new BatchOptions(threads, window, chunkLines, chunkBytes, windowBytes, newMaxLineBytes, idField,
                language);
    }

    public BatchOptions withIdField(Optional<String> newIdField) {
        return new BatchOptions(threads, window, chunkLines, chunkBytes, windowBytes, maxLineBytes, newIdField,
                language);
    }

    public BatchOptions withLanguage(Language newLanguage) {
        return new BatchOptions(threads, window, chunkLines, chunkBytes, windowBytes, maxLineBytes, idField,
                newLanguage);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
