package org.workprivacy.rules.bench.baseline;

/** DRL's {@code fact == true} and {@code fact == false} on a fact that may be unstated (null). */
final class Facts {
    private Facts() {
    }

    static boolean yes(Boolean fact) {
        return fact != null && fact;
    }

    static boolean no(Boolean fact) {
        return fact != null && !fact;
    }
}
