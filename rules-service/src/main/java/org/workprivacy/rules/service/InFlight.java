package org.workprivacy.rules.service;

import java.time.Duration;

/**
 * Counts the requests being answered, so that stopping the service first lets them finish. Once
 * draining, new requests are turned away (503) instead of being cut off mid-answer.
 */
final class InFlight {
    private int running;
    private boolean draining;

    /** Requests being answered now. */
    synchronized int running() {
        return running;
    }

    synchronized boolean enter() {
        if (draining) {
            return false;
        }
        running++;
        return true;
    }

    synchronized void exit() {
        running--;
        if (running == 0) {
            notifyAll();
        }
    }

    /** Turns new requests away and waits up to {@code grace} for the running ones; true when all finished. */
    synchronized boolean drain(Duration grace) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
