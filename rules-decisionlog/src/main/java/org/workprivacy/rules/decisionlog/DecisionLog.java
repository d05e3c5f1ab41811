package org.workprivacy.rules.decisionlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.workprivacy.rules.api.situation.Situation;
import org.workprivacy.rules.api.verdict.Outcome;
import org.workprivacy.rules.api.verdict.Verdict;

/**
 * An append-only audit trail of decisions: one JSON line per decision with its time (ISO-8601, UTC), the
 * rule-set version, scenario, outcome, reason codes, condition codes and missing facts. The facts go in only
 * when asked for, since they can be personal data. Lines are appended whole (one write per call), so
 * several writers and processes can share a file. Safe to share between threads.
 */
public final class DecisionLog implements Closeable {
    /** Whether entries carry the situation's facts. */
    public enum Facts { OMIT, INCLUDE }

    /**
     * One line of the log. {@code decisionId} is null for decisions without one (the command line);
     * {@code facts} is null when left out.
     */
    @JsonPropertyOrder({"time", "decisionId", "ruleSetVersion", "scenario", "outcome", "reasonCodes", "conditionCodes",
            "missingFacts", "facts"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String time, String decisionId, String ruleSetVersion, String scenario, Outcome outcome,
                        List<String> reasonCodes, List<String> conditionCodes, List<String> missingFacts,
                        JsonNode facts) {
    }

    /**
     * A decision to log: its id ("" when it has none; the decision service gives one to every decision, so
     * that an answer can be joined to its line), the situation, its verdict and when it was decided.
     */
    public record Decision(String id, Situation situation, Verdict verdict, Instant decidedAt) {
        public Decision {
            Objects.requireNonNull(id, "id");
        }

        /** A decision without an id. */
        public Decision(Situation situation, Verdict verdict, Instant decidedAt) {
            this("", situation, verdict, decidedAt);
        }
    }

    // Facts left out (null) are not stated: they stay out of the log as they were out of the input.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    /** ISO-8601 in UTC with milliseconds always present, so that every line's time has the same shape. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private final FileChannel file;
    private final Facts facts;
    private final Path path;

    private DecisionLog(FileChannel file, Path path, Facts facts) {
        this.file = file;
        this.path = path;
        this.facts = facts;
    }

    /** Opens {@code path} for appending, creating it if needed. */
    public static DecisionLog appendTo(Path path, Facts facts) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new DecisionLog(channel, path, facts);
    }

    /** The file the log appends to. */
    public Path path() {
        return path;
    }

    /** The log line for one decision (without the newline). */
    public Entry entry(Decision decision) {
        Verdict verdict = decision.verdict();
        return new Entry(TIME.format(decision.decidedAt()), decision.id().isEmpty() ? null : decision.id(),
                verdict.ruleSetVersion(),
                verdict.scenario(), verdict.outcome(), verdict.reasonCodes(), verdict.conditionCodes(),
                verdict.missingFacts(), facts == Facts.INCLUDE ? JSON.valueToTree(decision.situation()) : null);
    }

    /** Appends one decision. */
    public void record(Decision decision) throws IOException {
        recordAll(List.of(decision));
    }

    /** Appends the decisions in order, in one write. */
    public void recordAll(List<Decision> decisions) throws IOException {
        if (decisions.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder(decisions.size() * 256);
        for (Decision decision : decisions) {
            lines.append(line(entry(decision))).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        synchronized (this) {
            while (bytes.hasRemaining()) {
                file.write(bytes);
            }
        }
    }

    /** Closes the file. Nothing can be lost here: every entry was handed to the file by its own write. */
    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            // Nothing buffered, nothing to report.
        }
    }

    private static String line(Entry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
