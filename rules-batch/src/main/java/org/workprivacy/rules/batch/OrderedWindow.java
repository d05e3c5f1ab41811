package org.workprivacy.rules.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * The chunks in flight, oldest first, never more than {@code capacity} of them and, unless a single chunk
 * is bigger, never more than {@code capacityBytes} together: what keeps a batch's memory independent of
 * the input's length and of its lines' length. The reader must take the oldest out (and write it) before
 * it may add another that does not fit; adding to a full window is a programming error, not a wait.
 */
final class OrderedWindow<T> {
    private record Chunk<T>(CompletableFuture<T> result, long bytes) {
    }

    private final int capacity;
    private final long capacityBytes;
    private final Deque<Chunk<T>> inFlight = new ArrayDeque<>();
    private long bytes;

    OrderedWindow(int capacity) {
        this(capacity, Long.MAX_VALUE);
    }

    OrderedWindow(int capacity, long capacityBytes) {
        if (capacity < 1 || capacityBytes < 1) {
            throw new IllegalArgumentException("window capacity must be at least 1, was " + capacity + " chunks, "
                    + capacityBytes + " bytes");
        }
        this.capacity = capacity;
        this.capacityBytes = capacityBytes;
    }

    boolean isFull() {
        return inFlight.size() == capacity;
    }

    /** Whether a chunk of {@code chunkBytes} may be added now: an empty window takes any chunk. */
    boolean fits(long chunkBytes) {
        return inFlight.isEmpty() || (!isFull() && bytes + chunkBytes <= capacityBytes);
    }

    long bytes() {
        return bytes;
    }

    boolean isEmpty() {
        return inFlight.isEmpty();
    }

    int size() {
        return inFlight.size();
    }

    void add(CompletableFuture<T> chunk) {
        add(chunk, 0);
    }

    void add(CompletableFuture<T> chunk, long chunkBytes) {
        if (!fits(chunkBytes)) {
            throw new IllegalStateException("window full (" + inFlight.size() + " chunks, " + bytes
                    + " bytes): write the oldest first");
        }
        inFlight.addLast(new Chunk<>(chunk, chunkBytes));
        bytes += chunkBytes;
    }

    /** The oldest chunk's result, waiting for it if it is not done yet. */
    T awaitOldest() {
        Chunk<T> oldest = inFlight.removeFirst();
        bytes -= oldest.bytes();
        return oldest.result().join();
    }

    /** Stops what has not started yet (after a failure on the output side). */
    void cancelAll() {
        inFlight.forEach(chunk -> chunk.result().cancel(false));
        inFlight.clear();
        bytes = 0;
    }
}
