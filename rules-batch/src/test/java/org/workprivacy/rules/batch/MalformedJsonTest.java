package org.workprivacy.rules.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.Json;

class MalformedJsonTest {
    private static JsonProcessingException readError(String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> Json.strict().readTree(json));
    }

    @Test
    void anUnclosedObjectSaysWhereItStartedInOurWords() {
        String message = MalformedJson.messageForLine(readError("{\"scenario\": \"out-of-office\", \"facts\": {"));

        assertThat(message).startsWith("malformed JSON at column ")
                .contains("start marker at column 40)")
                .doesNotContain("[Source").doesNotContain("REDACTED");
    }

    @Test
    void aDocumentNamesLineAndColumnOfBothPlaces() {
        String message = MalformedJson.message(readError("{\n  \"facts\": {"));

        assertThat(message).startsWith("malformed JSON at line 2, column ")
                .contains("start marker at line 2, column 12)")
                .doesNotContain("[Source");
    }

    @Test
    void aMessageWithoutASecondPlaceIsLeftAsJacksonWroteIt() {
        String message = MalformedJson.messageForLine(readError("{\"scenario\": nope}"));

        assertThat(message).startsWith("malformed JSON at column 14: Unrecognized token 'nope'")
                .doesNotContain("[Source");
    }
}
