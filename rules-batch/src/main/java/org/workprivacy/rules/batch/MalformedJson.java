package org.workprivacy.rules.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** The one wording of "this is not JSON" for every front end: {@code malformed JSON at line L, column C: ...}. */
public final class MalformedJson {
    /** Jackson's "[Source: REDACTED (...); line: 1, column: 7]": the place is already said in front. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\[Source: [^]]*]");

    private MalformedJson() {
    }

    /** For a document of many lines (a request body). */
    public static String message(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return text(at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr(), e);
    }

    /** For one line of JSON Lines, where only the column counts. */
    public static String messageForLine(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return text(at == null ? "" : " at column " + at.getColumnNr(), e);
    }

    private static String text(String where, JsonProcessingException e) {
        return "malformed JSON" + where + ": " + SOURCE_NOTE.matcher(e.getOriginalMessage()).replaceAll("");
    }
}
