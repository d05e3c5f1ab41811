package org.workprivacy.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as legal staff get it: unpacked once in a temporary directory, run through
 * {@code bin/workprivacy} with nothing but a Java runtime (no Maven, no target/, no repository around it).
 * Runs in {@code verify}, after {@code package} made the archive (tag {@code distribution}, see rules-cli/pom.xml).
 */
@Tag("distribution")
class DistributionTest {
    private static final String VERSION = System.getProperty("workprivacy.version");

    @TempDir
    static Path dir;

    static Path home;
    static Path cache;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("workprivacy.distribution"));
        assertThat(archive).exists();
        Path unpacked = Files.createDirectories(dir.resolve("install"));
        assertThat(run(unpacked, Map.of(), "tar", "-xzf", archive.toString()).code).isZero();
        home = unpacked.resolve("workprivacy-" + VERSION);
        cache = dir.resolve("cache");
        // Nothing to write in the installation: the launcher must work from a read-only install directory.
        try (Stream<Path> all = Files.walk(home)) {
            all.forEach(p -> p.toFile().setWritable(false));
        }
    }

    @Test
    void decideCheckAndTestRunFromTheUnpackedArchiveWithTheClassDataArchive() throws Exception {
        Run decide = launcher("decide", "--format", "text", "examples/out-of-office/server-side-auto-reply.json");
        assertThat(decide.code).as(decide.err).isZero();
        assertThat(decide.out).startsWith("ALLOWED  (out-of-office, rules sha256:");
        // The first run made the class-data archive in the user's cache, not in the installation.
        try (Stream<Path> made = Files.list(cache)) {
            assertThat(made.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".jsa");
        }

        // -Xshare:on fails the JVM when the archive cannot be used: so this proves the fast start is kept.
        Run check = launcherWith(Map.of("WORKPRIVACY_JAVA_OPTS", "-Xshare:on"), "check");
        assertThat(check.code).as(check.err).isZero();
        assertThat(check.out).startsWith("ok: bundled rules has no errors");

        Run test = launcher("test", "--quiet");
        assertThat(test.code).as(test.out + test.err).isZero();
        assertThat(test.out).containsPattern("\\d+ passed, 0 failed");
        assertThat(test.err).doesNotContain("warning");
    }

    @Test
    void versionNamesTheProjectAndTheBundledRules() throws Exception {
        Run version = launcher("--version");
        assertThat(version.code).as(version.err).isZero();
        assertThat(version.out).isEqualTo("workprivacy " + VERSION + "\nbundled rules "
                + org.workprivacy.rules.drools.load.RuleSetFiles.fromClasspath().version() + "\n");
    }

    @Test
    void theArchiveHoldsTheLaunchersLibrariesDocsExamplesAndReadme() throws IOException {
        assertThat(home.resolve("bin/workprivacy")).isExecutable();
        assertThat(home.resolve("README.md")).content().contains("Java runtime, version 17");
        assertThat(home.resolve("docs/authoring.md")).exists();
        assertThat(home.resolve("docs/decision-language.md")).exists();
        assertThat(home.resolve("examples/out-of-office/password-reset.json")).exists();
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(p -> p.getFileName().toString())).contains("workprivacy.jar")
                    .anyMatch(name -> name.startsWith("drools-core-"));
        }
        // The zip holds the same files as the tar.gz (Windows users take the zip).
        TreeSet<String> inZip = new TreeSet<>();
        try (ZipFile zip = new ZipFile(System.getProperty("workprivacy.distributionZip"))) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> inZip.add(e.getName()));
        }
        TreeSet<String> inTar = new TreeSet<>();
        try (Stream<Path> all = Files.walk(home.getParent())) {
            all.filter(Files::isRegularFile).forEach(p -> inTar.add(home.getParent().relativize(p).toString().replace('\\', '/')));
        }
        assertThat(inZip).isEqualTo(inTar);
    }

    /** The Windows launcher cannot run here: it is read for what it must do as the sh launcher does. */
    @Test
    void theWindowsLauncherSetsTheSameJvmOptionsAndFindsItsInstallationItself() throws IOException {
        String cmd = Files.readString(home.resolve("bin/workprivacy.cmd"), StandardCharsets.UTF_8);
        String sh = Files.readString(home.resolve("bin/workprivacy"), StandardCharsets.UTF_8);
        assertThat(cmd).as("CRLF line endings: cmd.exe misreads labels in LF files").contains("\r\n")
                .doesNotContainPattern("[^\r]\n");
        assertThat(sh).doesNotContain("\r");
        assertThat(cmd).contains("%~dp0").contains("%*").contains("exit /b %ERRORLEVEL%")
                .contains("-XX:SharedArchiveFile=").contains("-XX:ArchiveClassesAtExit=")
                .contains("%LOCALAPPDATA%").contains("WORKPRIVACY_CACHE").contains("WORKPRIVACY_JAVA_OPTS")
                .contains("JAVA_HOME").contains("examples\\out-of-office\\server-side-auto-reply.json");
        assertThat(jvmOptions(cmd)).isEqualTo(jvmOptions(sh)).contains("-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:+UseSerialGC");
        // Parenthesised blocks break on paths with ")" such as "C:\Program Files (x86)": the launcher uses none.
        assertThat(cmd.lines().filter(l -> !l.startsWith("rem") && !l.startsWith("echo")))
                .noneMatch(l -> l.trim().endsWith("(") || l.contains(") else ("));
    }

    /** Every -X option a launcher passes to the JVM, as a set; archive paths left out (each shell writes them its way). */
    private static List<String> jvmOptions(String launcher) {
        Matcher m = Pattern.compile("(?<!\\w)-X[\\w:+=.-]*\\w").matcher(launcher);
        TreeSet<String> options = new TreeSet<>();
        while (m.find()) {
            options.add(m.group());
        }
        return new ArrayList<>(options);
    }

    private static Run launcher(String... args) throws Exception {
        return launcherWith(Map.of(), args);
    }

    private static Run launcherWith(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/workprivacy").toString()));
        Collections.addAll(command, args);
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("WORKPRIVACY_CACHE", cache.toString());
        all.put("JAVA_HOME", System.getProperty("java.home"));
        return run(home, all, command.toArray(String[]::new));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path workDir, Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
