package org.workprivacy.rules.drools.lint;

/** One thing a rule file may not do, at an offset into the text that was checked. */
record SandboxFinding(int offset, String message) {
}
