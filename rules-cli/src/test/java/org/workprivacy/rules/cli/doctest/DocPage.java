package org.workprivacy.rules.cli.doctest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the blocks the doc test runs out of a Markdown page (the convention is in docs/contributing-docs.md). */
final class DocPage {
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!-- doctest: (.*) -->\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DocPage() {
    }

    static List<DocBlock> blocks(String page) {
        List<String> lines = page.lines().toList();
        List<DocBlock> blocks = new ArrayList<>();
        String pending = null; // a file-setup marker waiting for its fenced block
        int pendingLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (marker.matches()) {
                String spec = marker.group(1).trim();
                if (spec.startsWith("$ ")) {
                    blocks.add(new DocBlock.Hidden(i + 1, spec.substring(2).trim()));
                } else if (spec.startsWith("edit ")) {
                    blocks.add(edit(i + 1, spec));
                } else if (spec.matches("(write|append|replace-rule) \\S+")) {
                    pending = spec;
                    pendingLine = i + 1;
                } else {
                    throw new IllegalArgumentException("line " + (i + 1) + ": unknown doctest marker: " + spec);
                }
                continue;
            }
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            String indent = fence.group(1);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": fenced block without its closing ```");
            }
            List<String> content = new ArrayList<>();
            for (String line : lines.subList(i + 1, end)) {
                content.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
            }
            if (pending != null) {
                String[] parts = pending.split(" ", 2);
                blocks.add(new DocBlock.FileSetup(pendingLine, parts[0], parts[1], String.join("\n", content) + "\n"));
                pending = null;
            } else if (fence.group(2).equals("console")) {
                blocks.add(console(i + 1, end + 1, indent, content));
            }
            i = end;
        }
        if (pending != null) {
            throw new IllegalArgumentException("line " + pendingLine + ": doctest marker without a fenced block after it");
        }
        return blocks;
    }

    private static DocBlock.Console console(int first, int last, String indent, List<String> content) {
        List<DocBlock.Step> steps = new ArrayList<>();
        String command = null;
        List<String> expected = new ArrayList<>();
        for (String line : content) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new DocBlock.Step(command, expected));
                }
                command = line.substring(2).trim();
                expected = new ArrayList<>();
            } else if (command == null) {
                throw new IllegalArgumentException("line " + first + ": a console block starts with a `$ ` command");
            } else {
                expected.add(line);
            }
        }
        if (command != null) {
            steps.add(new DocBlock.Step(command, expected));
        }
        return new DocBlock.Console(first, last, indent, steps);
    }

    private static DocBlock.Edit edit(int line, String spec) {
        String rest = spec.substring("edit ".length()).trim();
        int space = rest.indexOf(' ');
        String path = rest.substring(0, space);
        Matcher quoted = QUOTED.matcher(rest.substring(space));
        List<String> texts = new ArrayList<>();
        while (quoted.find()) {
            texts.add(quoted.group(1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        if (texts.size() != 2) {
            throw new IllegalArgumentException("line " + line + ": write an edit as: edit PATH \"OLD\" \"NEW\"");
        }
        return new DocBlock.Edit(line, path, texts.get(0), texts.get(1));
    }
}
