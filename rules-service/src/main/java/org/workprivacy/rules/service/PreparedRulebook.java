package org.workprivacy.rules.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.workprivacy.rules.api.rulebook.Rulebook;

/**
 * The rulebook of the rules deciding now, read once per rule-set version. Reading it runs every casebook
 * case (seconds for the bundled rules), so once {@link #prepareInBackground()} was called it is read on a
 * thread of its own, at once and after every reload that changed the rules: the page's first view then
 * finds it ready. Until then (tests, embedders that never show the page) the first request reads it.
 */
final class PreparedRulebook implements AutoCloseable {
    private record Entry(String version, CompletableFuture<Rulebook> rulebook) {
    }

    private final ServedRules rules;
    private final Consumer<Rulebook> whenRead;
    private final AtomicReference<Entry> latest = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "workprivacy-rulebook");
        thread.setDaemon(true); // never keeps the JVM alive
        return thread;
    });
    private volatile boolean eager;

    /** {@code whenRead} gets each rulebook once read, on the thread that read it (the page renders it there). */
    PreparedRulebook(ServedRules rules, Consumer<Rulebook> whenRead) {
        this.rules = rules;
        this.whenRead = whenRead;
        rules.onReload(result -> {
            if (eager && result.changed()) {
                entry(true);
            }
        });
    }

    /** Reads the rulebook now in the background, and again after each reload that changes the rules. */
    void prepareInBackground() {
        eager = true;
        entry(true);
    }

    /** The rulebook of the rule-set version deciding now: waits while it is being read, reads it if nobody is. */
    Rulebook current() {
        try {
            return entry(false).rulebook().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Entry entry(boolean inBackground) {
        String version = rules.version();
        while (true) {
            Entry current = latest.get();
            if (current != null && current.version().equals(version) && !current.rulebook().isCompletedExceptionally()) {
                return current;
            }
            Entry fresh = new Entry(version, new CompletableFuture<>());
            if (latest.compareAndSet(current, fresh)) {
                Runnable read = () -> read(fresh);
                if (!inBackground) {
                    read.run();
                } else {
                    try {
                        background.execute(read);
                    } catch (RejectedExecutionException e) {
                        read.run(); // closed: a reload after close still leaves a readable rulebook
                    }
                }
                return fresh;
            }
            // Another thread started an entry meanwhile: look again (it is likely the one wanted).
        }
    }

    private void read(Entry entry) {
        try {
            Rulebook rulebook = rules.rulebook();
            whenRead.accept(rulebook);
            entry.rulebook().complete(rulebook);
        } catch (RuntimeException e) {
            entry.rulebook().completeExceptionally(e); // the next request tries again
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
