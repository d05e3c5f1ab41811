package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** The one wording of "this is not JSON" for every front end: {@code malformed JSON at line L, column C: ...}. */
public final class MalformedJson {
    /** Jackson's "[Source: REDACTED (...); line: 1, column: 7]", said again in our own words. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\[Source: [^]]*?line: (\\d+), column: (\\d+)]");
    /** A source note without a place: nothing to say. */
    private static final Pattern BARE_SOURCE_NOTE = Pattern.compile("\\s*\\[Source: [^]]*]");

    private MalformedJson() {
    }

    /** For a document of many lines (a request body). */
    public static String message(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return text(at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr(), e,
                "line $1, column $2");
    }

    /** For one line of JSON Lines, where only the column counts. */
    public static String messageForLine(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return text(at == null ? "" : " at column " + at.getColumnNr(), e, "column $2");
    }

    /**
     * Jackson names a second place inside its message (where an unclosed object started); that place is kept,
     * in the same words as the first, while the note that only repeats the first is dropped.
     */
    private static String text(String where, JsonProcessingException e, String innerPlace) {
        String message = SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll(innerPlace);
        return "malformed JSON" + where + ": " + BARE_SOURCE_NOTE.matcher(message).replaceAll("");
    }
}
