package org.workprivacy.rules.drools.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.RuleSetException;

/**
 * The files of a rule set (rules, DSL, messages, casebooks), read once into memory so that a build
 * sees one consistent snapshot even while legal staff edit the directory.
 */
public record RuleSetFiles(String origin, List<RuleFile> files) {
    /** Where the rule set bundled in the jar lives on the classpath. */
    public static final String CLASSPATH_ROOT = "rules";
    private static final String ANCHOR = CLASSPATH_ROOT + "/messages_en.properties";
    private static final List<String> EXTENSIONS = List.of("drl", "dsl", "dslr", "properties", "yaml", "yml");

    public RuleSetFiles {
        files = files.stream().sorted(Comparator.comparing(RuleFile::path)).toList();
    }

    /** How often {@link #fromDirectory} reads the directory again when it changed while being read. */
    private static final int CONSISTENT_READ_ATTEMPTS = 5;

    /**
     * Reads every rule-set file below {@code root}, in one consistent pass: the directory is read twice
     * and the two must agree (an editor saving while the files are read would otherwise give a mix of old
     * and new files), trying again a few times before giving up with an error. A file that is not valid
     * UTF-8 is an error with its file and line.
     */
    public static RuleSetFiles fromDirectory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, root.toString(), 0, 0,
                    "not a directory of rule files")));
        }
        RuleSetFiles first = new RuleSetFiles(root.toString(), readTree(root));
        for (int attempt = 1; attempt < CONSISTENT_READ_ATTEMPTS; attempt++) {
            RuleSetFiles second = new RuleSetFiles(root.toString(), readTree(root));
            if (second.equals(first)) {
                return second;
            }
            first = second;
        }
        throw new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, root.toString(), 0, 0,
                "the rule files kept changing while they were read; try again once they are saved")));
    }

    /**
     * A cheap fingerprint of the rule-set files below {@code root} (their names and contents), for
     * watching the directory: it changes with every edit, whatever the file system's timestamps do.
     * Unreadable files and a missing directory give a fingerprint of their own, never an exception.
     */
    public static String fingerprint(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : paths.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream().anyMatch(ext -> p.getFileName().toString().endsWith("." + ext)))
                    .sorted().toList()) {
                sha.update(relative(root, file).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try {
                    sha.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    sha.update(("unreadable: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | UncheckedIOException e) {
            return "unreadable: " + e.getMessage();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Reads the rule set bundled on the classpath (from a jar or from target/classes). */
    public static RuleSetFiles fromClasspath() {
        URL anchor = RuleSetFiles.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            throw new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, ANCHOR, 0, 0,
                    "bundled rule set not found on the classpath")));
        }
        try {
            if (anchor.openConnection() instanceof JarURLConnection connection) {
                return new RuleSetFiles("classpath:" + CLASSPATH_ROOT, readJar(connection));
            }
            return new RuleSetFiles("classpath:" + CLASSPATH_ROOT, readTree(Path.of(anchor.toURI()).getParent()));
        } catch (URISyntaxException | IOException e) {
            throw new RuleSetException("cannot read the bundled rule set: " + e.getMessage(), e);
        }
    }

    /** Reads the entries below the root straight from the jar: quicker at start-up than a zip file system. */
    private static List<RuleFile> readJar(JarURLConnection connection) throws IOException {
        connection.setUseCaches(false);
        String prefix = CLASSPATH_ROOT + "/";
        List<RuleFile> files = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)
                        || EXTENSIONS.stream().noneMatch(ext -> name.endsWith("." + ext))) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    String path = name.substring(prefix.length());
                    files.add(new RuleFile(path, decode(path, in.readAllBytes())));
                }
            }
        }
        return files;
    }

    /** Every rule-set file below {@code root}; all files that are not UTF-8 are reported at once. */
    private static List<RuleFile> readTree(Path root) {
        List<Path> found;
        try (Stream<Path> paths = Files.walk(root)) {
            found = paths.filter(Files::isRegularFile)
                    .filter(p -> EXTENSIONS.stream().anyMatch(ext -> p.getFileName().toString().endsWith("." + ext)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RuleFile> files = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Path file : found) {
            String path = relative(root, file);
            try {
                files.add(new RuleFile(path, decode(path, read(file))));
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return files;
    }

    /**
     * The text of a rule file, which must be UTF-8: a byte that is not is an error at its line (and
     * column, counted in bytes), never replaced by a question mark the rule compiler would then read.
     */
    static String decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new RuleSetException(List.of(new RuleProblem(RuleProblem.Severity.ERROR, path, line, at - lineStart + 1,
                    "not valid UTF-8: save the file as UTF-8")));
        }
        return out.flip().toString();
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Stream<RuleFile> withExtension(String... extensions) {
        return files.stream().filter(f -> Stream.of(extensions).anyMatch(f::hasExtension));
    }

    /** A content hash of the whole rule set: the version that every verdict carries. */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
