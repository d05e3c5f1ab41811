package org.workprivacy.rules.cli.doctest;

import java.util.List;

/**
 * A part of a Markdown page the doc test acts on, in page order.
 *
 * @param firstLine the line of the page where the block starts (1-based), for messages
 * @param lastLine  the line where it ends (its closing fence), so update mode can rewrite it
 */
sealed interface DocBlock {
    int firstLine();

    /** A ```console block: {@code $ } commands, each followed by the output it must print. */
    record Console(int firstLine, int lastLine, String indent, List<Step> steps) implements DocBlock {
    }

    /** One command of a console block and the output shown after it. */
    record Step(String command, List<String> expected) {
    }

    /** {@code <!-- doctest: write|append|replace-rule PATH -->} followed by a fenced block: a file to set up. */
    record FileSetup(int firstLine, String action, String path, String content) implements DocBlock {
    }

    /** {@code <!-- doctest: edit PATH "OLD" "NEW" -->}: a change the prose describes, made in the copy. */
    record Edit(int firstLine, String path, String from, String to) implements DocBlock {
    }

    /** {@code <!-- doctest: $ COMMAND -->}: a command the prose describes; it must succeed, its output is not shown. */
    record Hidden(int firstLine, String command) implements DocBlock {
    }
}
