package org.workprivacy.rules.cli.doctest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.workprivacy.rules.cli.Main;

/**
 * One page's commands, run in order in a working directory of their own, as a reader would type them
 * there: {@code ./workprivacy ...} runs the command line in this JVM (no process start, so the whole
 * doc test stays fast), {@code echo $?} prints the last exit code. A command prints its standard output,
 * then its standard error. Nothing else is a shell: any other command fails the test.
 */
final class DocSession {
    private final Path dir;
    private int lastExitCode;

    /** A working directory holding what the pages refer to: the example situations. */
    DocSession(Path dir, Path repository) throws IOException {
        this.dir = dir;
        Path examples = repository.resolve("rules-examples/examples");
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve("rules-examples/examples").resolve(examples.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** Runs a command line shown after {@code $ }; returns what it printed, as lines. */
    /** The words after which a path names something the command creates, so it need not exist yet. */
    private static final Set<String> CREATES = Set.of("init", "--out", "--decision-log");

    List<String> run(String commandLine) {
        List<String> words = ShellWords.split(commandLine);
        if (words.equals(List.of("echo", "$?"))) {
            return List.of(String.valueOf(lastExitCode));
        }
        if (words.isEmpty() || !words.get(0).equals("./workprivacy")) {
            throw new IllegalArgumentException("the doc test runs only `./workprivacy ...` and `echo $?`, not: " + commandLine);
        }
        List<String> args = new ArrayList<>();
        String previous = "";
        for (String word : words.subList(1, words.size())) {
            // Paths are the reader's, relative to the working directory: this JVM's is elsewhere.
            boolean path = !word.startsWith("-") && (Files.exists(dir.resolve(word)) || CREATES.contains(previous));
            args.add(path ? dir.resolve(word).toString() : word);
            previous = word;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        lastExitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        String printed = (out + err.toString()).replace(dir + "/", "").replace(dir.toString(), ".");
        return printed.lines().toList();
    }

    int lastExitCode() {
        return lastExitCode;
    }

    void setUp(DocBlock.FileSetup setup) throws IOException {
        Path file = dir.resolve(setup.path());
        Files.createDirectories(file.getParent());
        switch (setup.action()) {
            case "write" -> Files.writeString(file, setup.content());
            case "append" -> {
                String before = Files.readString(file);
                Files.writeString(file, (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + setup.content(),
                        StandardOpenOption.APPEND);
            }
            case "replace-rule" -> replaceRule(file, setup.content());
            default -> throw new IllegalArgumentException("unknown file action " + setup.action());
        }
    }

    void edit(DocBlock.Edit edit) throws IOException {
        Path file = dir.resolve(edit.path());
        String content = Files.readString(file);
        int at = content.indexOf(edit.from());
        if (at < 0) {
            throw new IllegalStateException(edit.path() + " does not contain \"" + edit.from() + "\" (any more)");
        }
        Files.writeString(file, content.substring(0, at) + edit.to() + content.substring(at + edit.from().length()));
    }

    /** Replaces the rule of the same name (from {@code rule "..."} to its {@code end}) with the one shown. */
    private static void replaceRule(Path file, String rule) throws IOException {
        Matcher name = Pattern.compile("^rule \"[^\"]*\"", Pattern.MULTILINE).matcher(rule);
        if (!name.find()) {
            throw new IllegalArgumentException("a replace-rule block holds a rule starting with rule \"NAME\"");
        }
        String content = Files.readString(file);
        int start = content.indexOf(name.group() + "\n");
        Matcher end = Pattern.compile("^end\\s*$", Pattern.MULTILINE).matcher(content);
        if (start < 0 || !end.find(start)) {
            throw new IllegalStateException(file.getFileName() + " has no " + name.group());
        }
        Files.writeString(file, content.substring(0, start) + rule.strip() + content.substring(end.end()));
    }
}
