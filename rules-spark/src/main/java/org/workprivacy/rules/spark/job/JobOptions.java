package org.workprivacy.rules.spark.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.workprivacy.rules.api.verdict.Language;
import org.workprivacy.rules.spark.Options;
import org.workprivacy.rules.spark.RulesSource;

/**
 * The job's command line: {@code --input PATH --format jsonl|parquet --output PATH [--output-format
 * parquet|jsonl] [--rules DIR] [--lang en|nl] [--id-field NAME] [--max-line-bytes N]}.
 */
public record JobOptions(String input, Format format, String output, Format outputFormat, Optional<Path> rules,
                         Options options) {

    /** A file format the job reads or writes. */
    public enum Format {
        JSONL, PARQUET;

        static Format parse(String option, String value) {
            return switch (value) {
                case "jsonl" -> JSONL;
                case "parquet" -> PARQUET;
                default -> throw new UsageException(option + " must be jsonl or parquet, was \"" + value + "\"");
            };
        }
    }

    /** A command line the job cannot run with; the message says why. */
    public static final class UsageException extends IllegalArgumentException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = "usage: VerdictJob --input PATH --format jsonl|parquet --output PATH"
            + " [--output-format parquet|jsonl] [--rules DIR] [--lang en|nl] [--id-field NAME] [--max-line-bytes N]";

    public RulesSource rulesSource() {
        return rules.map(RulesSource::directory).orElseGet(RulesSource::bundled);
    }

    /** Parses the arguments; every option takes one value. */
    public static JobOptions parse(String... args) {
        String input = null;
        String output = null;
        Format format = null;
        Format outputFormat = Format.PARQUET;
        Optional<Path> rules = Optional.empty();
        Options options = Options.defaults();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            if (seen.contains(option)) {
                throw new UsageException(option + " given twice");
            }
            seen.add(option);
            String value = args[i + 1];
            switch (option) {
                case "--input" -> input = value;
                case "--output" -> output = value;
                case "--format" -> format = Format.parse(option, value);
                case "--output-format" -> outputFormat = Format.parse(option, value);
                case "--rules" -> rules = Optional.of(Path.of(value));
                case "--lang" -> options = options.withLanguage(Language.byTag(value).orElseThrow(
                        () -> new UsageException("--lang must be en or nl, was \"" + value + "\"")));
                case "--id-field" -> {
                    try {
                        options = options.withIdField(value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--id-field: " + e.getMessage());
                    }
                }
                case "--max-line-bytes" -> options = options.withMaxLineBytes(positive(option, value));
                default -> throw new UsageException("unknown option " + option);
            }
        }
        if (input == null || output == null || format == null) {
            throw new UsageException("--input, --format and --output are required");
        }
        if (format == Format.PARQUET && options.idField().isPresent()) {
            throw new UsageException("--id-field is for JSON Lines input; Parquet columns are all kept anyway");
        }
        return new JobOptions(input, format, output, outputFormat, rules, options);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number of at least 1, was \"" + value + "\"");
    }
}
