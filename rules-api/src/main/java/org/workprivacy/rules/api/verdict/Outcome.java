package org.workprivacy.rules.api.verdict;

/** The answer to a workplace-privacy question. */
public enum Outcome {
    ALLOWED,
    DENIED
}
