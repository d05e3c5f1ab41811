package org.workprivacy.rules.cli;

import java.io.IOException;
import java.util.Optional;
import org.workprivacy.rules.decisionlog.DecisionLog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.service.DecisionService;
import org.workprivacy.rules.service.RulesWatcher;
import org.workprivacy.rules.service.ServedRules;
import org.workprivacy.rules.service.ServiceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the HTTP decision service until stopped (SIGTERM or Ctrl-C): POST /v1/decisions, "
                + "POST /v1/decisions:batch, GET /v1/schema, GET /v1/health, POST /v1/reload. See docs/service.md."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServiceConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServiceConfig.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}); 0 picks a free port and prints it.")
    int port;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "" + ServiceConfig.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body; a larger one gets 413 (default: ${DEFAULT-VALUE}, 1 MiB).")
    int maxBodyBytes;

    @Option(names = "--max-batch", paramLabel = "N", defaultValue = "" + ServiceConfig.DEFAULT_MAX_BATCH_SIZE,
            description = "Most situations in one batch request (default: ${DEFAULT-VALUE}).")
    int maxBatch;

    @Option(names = "--threads", paramLabel = "N",
            description = "Request threads (default: two per core, at least 4).")
    Optional<Integer> threads;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Bearer tokens (one per line) that may decide; needed to listen on a non-loopback address.")
    Optional<java.nio.file.Path> tokenFile;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "Bearer tokens (one per line) that may reload and read /metrics (default: those of --token-file).")
    Optional<java.nio.file.Path> adminTokenFile;

    @Option(names = "--insecure",
            description = "Listen on a non-loopback address without tokens (behind a proxy that authenticates).")
    boolean insecure;

    @Mixin
    DecisionLogOptions decisionLog;

    @Option(names = "--watch",
            description = "Reload the --rules directory when its files change and have then stayed unchanged for"
                    + " --watch-settle (polled 4 times a second).")
    boolean watch;

    @Option(names = "--watch-settle", paramLabel = "MILLIS", defaultValue = "500",
            description = "With --watch: how long the files must stay unchanged before they are loaded, so that"
                    + " a file saved in several writes is not loaded half-written (default: ${DEFAULT-VALUE} ms).")
    long watchSettleMillis;

    @Mixin
    RuleOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServiceConfig config = config();
        if (watch && rules.directory == null) {
            throw new ParameterException(spec.commandLine(), "--watch needs --rules DIR: the bundled rules cannot change");
        }
        if (!DecisionService.isLoopback(config.host()) && tokenFile.isEmpty() && !insecure) {
            throw new ParameterException(spec.commandLine(), "--host " + config.host() + " is reachable from other "
                    + "machines: give --token-file FILE (bearer tokens), or --insecure if a proxy in front authenticates");
        }
        ServedRules served;
        try {
            served = rules.directory == null ? ServedRules.bundled() : ServedRules.directory(rules.directory);
        } catch (RuleSetException e) {
            err.println("error: rules: " + e.getMessage());
            return ExitCode.RULE_ERROR;
        }
        Optional<DecisionLog> decisions;
        try {
            decisions = decisionLog.open();
        } catch (IOException e) {
            err.println("error: cannot open the decision log " + decisionLog.file + ": " + e.getMessage());
            return ExitCode.OUTPUT_FAILED;
        }
        DecisionService service;
        try {
            service = DecisionService.start(config, served, decisions, tokenFile, adminTokenFile, err::println);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            err.println("error: cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage());
            return ExitCode.CANNOT_SERVE;
        }
        service.prepareRulebook(); // the page's first view then finds the rulebook read
        if (watchSettleMillis < 0) {
            throw new ParameterException(spec.commandLine(), "--watch-settle must be 0 or more milliseconds");
        }
        RulesWatcher watcher = watch ? new RulesWatcher(rules.directory, served, err::println,
                java.time.Duration.ofMillis(watchSettleMillis)) : null;
        if (watcher != null) {
            watcher.start();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watcher != null) {
                watcher.close();
            }
            service.close(); // lets requests in flight finish first
            decisions.ifPresent(DecisionLog::close);
            err.println("workprivacy decision service stopped");
            stopped.countDown();
        }, "workprivacy-stop"));
        out.println("workprivacy decision service listening on " + service.uri() + " (rules "
                + (rules.directory == null ? "bundled" : rules.directory.toString()) + ", version "
                + served.version() + (watch ? ", watched" : "") + "); stop with Ctrl-C");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    private ServiceConfig config() {
        try {
            return new ServiceConfig(host, port, maxBodyBytes, maxBatch, threads.orElse(ServiceConfig.defaultThreads()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
