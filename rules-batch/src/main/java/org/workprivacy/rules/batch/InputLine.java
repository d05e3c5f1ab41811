package org.workprivacy.rules.batch;

/** One line of a JSON Lines input, numbered from 1, as the reader could take it. */
public sealed interface InputLine {
    /** Line number, counting from 1. */
    long number();

    /** Rough size in memory, for bounding a chunk of lines by bytes. */
    int weight();

    /** A line read whole (without its line ending). */
    record Text(long number, String text) implements InputLine {
        @Override
        public int weight() {
            return 2 * text.length();
        }
    }

    /** A line longer than the limit: its bytes were skipped, not kept. */
    record TooLong(long number, long bytes, int limit) implements InputLine {
        @Override
        public int weight() {
            return 0;
        }
    }

    /** A line whose bytes are not valid UTF-8. */
    record NotUtf8(long number) implements InputLine {
        @Override
        public int weight() {
            return 0;
        }
    }
}
