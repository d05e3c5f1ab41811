package org.workprivacy.rules.bench.jmh;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks the cases round-robin on its own, so threads share nothing mutable. */
@State(Scope.Thread)
public class Cursor {
    private int index;

    <T> T next(T[] items) {
        if (++index >= items.length) {
            index = 0;
        }
        return items[index];
    }
}
