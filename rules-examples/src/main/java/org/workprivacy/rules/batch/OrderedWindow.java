package org.workprivacy.rules.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * The chunks in flight, oldest first, never more than {@code capacity}: what keeps a batch's memory
 * independent of the input's length. The reader must take the oldest out (and write it) before it may add
 * another; adding to a full window is a programming error, not a wait.
 */
final class OrderedWindow<T> {
    private final int capacity;
    private final Deque<CompletableFuture<T>> inFlight = new ArrayDeque<>();

    OrderedWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("window capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    boolean isFull() {
        return inFlight.size() == capacity;
    }

    boolean isEmpty() {
        return inFlight.isEmpty();
    }

    int size() {
        return inFlight.size();
    }

    void add(CompletableFuture<T> chunk) {
        if (isFull()) {
            throw new IllegalStateException("window full (" + capacity + " chunks): write the oldest first");
        }
        inFlight.addLast(chunk);
    }

    /** The oldest chunk's result, waiting for it if it is not done yet. */
    T awaitOldest() {
        return inFlight.removeFirst().join();
    }

    /** Stops what has not started yet (after a failure on the output side). */
    void cancelAll() {
        inFlight.forEach(chunk -> chunk.cancel(false));
        inFlight.clear();
    }
}
