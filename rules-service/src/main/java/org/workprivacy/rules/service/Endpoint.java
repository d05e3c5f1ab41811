package org.workprivacy.rules.service;

import java.io.IOException;

/** Answers the requests for one method and path. */
@FunctionalInterface
interface Endpoint {
    /** Answers {@code call}, or throws {@link HttpProblem} for a request it refuses. */
    void handle(HttpCall call) throws IOException;
}
