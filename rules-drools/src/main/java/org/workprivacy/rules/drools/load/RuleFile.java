package org.workprivacy.rules.drools.load;

import java.util.Objects;

/** One file of a rule set: its path relative to the rule-set root (with '/') and its text. */
public record RuleFile(String path, String content) {
    public RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    public boolean hasExtension(String extension) {
        return path.endsWith("." + extension);
    }

    /** The file name without folders. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
