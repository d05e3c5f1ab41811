package org.workprivacy.rules.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.workprivacy.rules.drools.decide.ReloadResult;

/**
 * Reloads the rules when files in their directory change. It polls a cheap stamp (names, sizes and
 * modification times) and reloads only when that changes, so a broken edit is compiled and reported once,
 * not on every tick. Polling works on every file system, where a WatchService may miss network shares.
 */
public final class RulesWatcher implements AutoCloseable {
    /** How often {@link #start()} polls. */
    public static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Path directory;
    private final ServedRules rules;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "workprivacy-rules-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private List<String> lastStamp;

    public RulesWatcher(Path directory, ServedRules rules, Consumer<String> log) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.log = Objects.requireNonNull(log, "log");
        this.lastStamp = stamp();
    }

    /** Polls every {@link #INTERVAL} until closed. */
    public void start() {
        timer.scheduleWithFixedDelay(this::pollQuietly, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks once; reloads and returns what the reload did if the directory changed since the last look. */
    public synchronized Optional<ReloadResult> poll() {
        List<String> stamp = stamp();
        if (stamp.equals(lastStamp)) {
            return Optional.empty();
        }
        lastStamp = stamp;
        Optional<ReloadResult> result = rules.reload();
        result.filter(r -> r.changed() || r.failed()) // an editor touching a file is no news
                .ifPresent(r -> log.accept(ReloadReport.describe("rules directory changed", r)));
        return result;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.accept("error: watching " + directory + ": " + e); // keep polling: the next edit may fix it
        }
    }

    private List<String> stamp() {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).map(this::stamp).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of("unreadable: " + e.getMessage());
        }
    }

    private String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return directory.relativize(file) + "|" + attributes.size() + "|" + attributes.lastModifiedTime();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
