package org.workprivacy.rules.bench.run;

import java.nio.file.Path;
import java.util.Set;

/**
 * How much to run. {@code --quick} shortens every JMH run (for trying the harness, not for numbers);
 * {@code --only} picks suites; {@code --repo} is the checkout whose command line is timed cold.
 */
record Settings(boolean quick, Set<String> suites, Path out, Path repo, int coldRuns) {
    // "batch" is timed by run.sh after this runner (a whole command-line process), not by JMH.
    static final Set<String> ALL_SUITES = Set.of("decide", "partial", "build", "authoring", "json", "cold", "batch");

    static Settings parse(String... args) {
        boolean quick = false;
        Set<String> suites = ALL_SUITES;
        Path out = Path.of("rules-bench/target/results");
        Path repo = Path.of(".");
        int coldRuns = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> suites = Set.of(value(args, ++i).split(","));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--repo" -> repo = Path.of(value(args, ++i));
                case "--cold-runs" -> coldRuns = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --quick, --only decide,partial,build,authoring,json,cold, --out DIR, --repo DIR, --cold-runs N");
            }
        }
        if (!ALL_SUITES.containsAll(suites)) {
            throw new IllegalArgumentException("--only takes some of " + ALL_SUITES + ", was " + suites);
        }
        return new Settings(quick, suites, out, repo, coldRuns);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    boolean runs(String suite) {
        return suites.contains(suite);
    }
}
