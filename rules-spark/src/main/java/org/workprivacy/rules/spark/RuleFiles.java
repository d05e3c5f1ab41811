package org.workprivacy.rules.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;

/**
 * The rule files of a rules directory as bytes, by path relative to the directory: what is shipped to the
 * executors, so that they build exactly the rule set the driver checked, without a shared file system.
 */
record RuleFiles(List<RuleFile> files) implements Serializable {
    /** The kinds of file a rule set is made of (the others in the directory are not shipped). */
    private static final List<String> EXTENSIONS = List.of("drl", "dsl", "dslr", "properties", "yaml", "yml");
    /** More than this is not a rules directory but a mistake (a data directory given as --rules). */
    static final long MAX_BYTES = 64L << 20;

    /** One file: its path below the directory, with {@code /} between names, and its bytes. */
    record RuleFile(String path, byte[] bytes) implements Serializable {
    }

    RuleFiles {
        files = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    }

    /** Reads the rule files below {@code directory}. */
    static RuleFiles read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, directory.toString(), 0, 0,
                    "not a directory of rule files")));
        }
        List<RuleFile> files = new ArrayList<>();
        long total = 0;
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : paths.filter(Files::isRegularFile).filter(RuleFiles::isRuleFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                total += bytes.length;
                if (total > MAX_BYTES) {
                    throw new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, directory.toString(),
                            0, 0, "more than " + MAX_BYTES + " bytes of rule files; is this the rules directory?")));
                }
                String relative = directory.relativize(file).toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
                files.add(new RuleFile(relative, bytes));
            }
        } catch (IOException e) {
            throw new RuleSetException("the rule files below " + directory + " could not be read: " + e, e);
        }
        return new RuleFiles(files);
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return EXTENSIONS.stream().anyMatch(ext -> name.endsWith("." + ext));
    }

    /** A SHA-256 of the paths and contents: equal files, equal digest; what executors cache their engine by. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(file.bytes().length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.bytes());
            }
            return "files:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Writes the files below a new temporary directory and returns it. */
    Path writeTo(Path parent) {
        try {
            Path root = Files.createTempDirectory(parent, "workprivacy-rules-");
            for (RuleFile file : files) {
                Path target = root.resolve(file.path()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalStateException("rule file outside the rules directory: " + file.path());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped rule files could not be written below " + parent, e);
        }
    }

    /** Deletes a directory written by {@link #writeTo}; what cannot be deleted is left to the temp cleaner. */
    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // Only a leftover temporary copy of the rules: not worth failing a decision over.
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleFiles that && digest().equals(that.digest());
    }

    @Override
    public int hashCode() {
        return digest().hashCode();
    }
}
