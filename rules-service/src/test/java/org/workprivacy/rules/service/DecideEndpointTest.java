package org.workprivacy.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.service.RunningService.Answer;

/** {@code POST /v1/decisions} over a real socket, and the errors every endpoint shares. */
class DecideEndpointTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(ServedRules.bundled());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static void assertNoVerdict(Answer answer) {
        assertThat(answer.json().has("outcome")).as("no verdict in %s", answer.body()).isFalse();
        assertThat(answer.body()).doesNotContain("ALLOWED");
    }

    @Test
    void decidesAnAllowedSituation() {
        Answer answer = service.postJson("/v1/decisions", Situations.SERVER_SIDE_AUTO_REPLY);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().path("outcome").asText()).isEqualTo("ALLOWED");
        assertThat(answer.json().path("reasons").get(0).path("code").asText()).isEqualTo("ooo-server-side-auto-reply");
        assertThat(answer.json().path("ruleSetVersion").asText()).startsWith("sha256:");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void decidesADeniedSituation() {
        Answer answer = service.postJson("/v1/decisions", Situations.PASSWORD_RESET);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("outcome").asText()).isEqualTo("DENIED");
        assertThat(answer.json().path("reasons").get(0).path("code").asText()).isEqualTo("ooo-password-reset-avoidable");
    }

    @Test
    void answersInDutchWhenAskedWithLang() {
        Answer answer = service.postJson("/v1/decisions?lang=nl", Situations.PASSWORD_RESET);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("reasons").get(0).path("message").asText()).startsWith("Een beheerder");
        assertThat(answer.header("Content-Language")).isEqualTo("nl");
    }

    @Test
    void answersInDutchWhenAcceptLanguagePrefersIt() {
        Answer answer = service.send(service.request("/v1/decisions")
                .header("Content-Type", "application/json").header("Accept-Language", "de-DE, nl-NL;q=0.8, en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        assertThat(answer.json().path("reasons").get(0).path("message").asText()).startsWith("Een beheerder");
    }

    @Test
    void langOverridesAcceptLanguageAndAnExcludedLanguageIsNotChosen() {
        Answer answer = service.send(service.request("/v1/decisions?lang=en")
                .header("Content-Type", "application/json").header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        assertThat(answer.header("Content-Language")).isEqualTo("en");
        Answer excluded = service.send(service.request("/v1/decisions")
                .header("Content-Type", "application/json").header("Accept-Language", "nl;q=0")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        assertThat(excluded.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void anUnknownLanguageIs400NamingLang() {
        Answer answer = service.postJson("/v1/decisions?lang=de", Situations.PASSWORD_RESET);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorField()).isEqualTo("lang");
        assertNoVerdict(answer);
    }

    @Test
    void anUnknownQueryParameterIs400NamingIt() {
        Answer answer = service.postJson("/v1/decisions?language=nl", Situations.PASSWORD_RESET);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorField()).isEqualTo("language");
    }

    @Test
    void anInvalidValueIs400NamingTheFieldAndNeverAVerdict() {
        Answer answer = service.postJson("/v1/decisions",
                "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").path("status").asInt()).isEqualTo(400);
        assertThat(answer.errorField()).isEqualTo("facts.method");
        assertThat(answer.errorMessage()).isEqualTo("invalid value \"reset\"; expected one of server-side-admin, password-reset");
        assertNoVerdict(answer);
    }

    @Test
    void anUnknownScenarioIs400NamingScenario() {
        Answer answer = service.postJson("/v1/decisions", "{\"scenario\": \"lunch\", \"facts\": {}}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorField()).isEqualTo("scenario");
        assertThat(answer.errorMessage()).contains("unknown scenario \"lunch\"").contains("out-of-office");
    }

    @Test
    void anUnknownFactOrAWrongTypeIs400NamingTheFact() {
        Answer unknown = service.postJson("/v1/decisions", "{\"scenario\": \"out-of-office\", \"facts\": {\"colour\": 1}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorField()).isEqualTo("facts.colour");
        Answer wrongType = service.postJson("/v1/decisions",
                "{\"scenario\": \"out-of-office\", \"facts\": {\"mailOpened\": \"no\"}}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorField()).isEqualTo("facts.mailOpened");
        assertNoVerdict(wrongType);
    }

    @Test
    void malformedJsonIs400WithTheLine() {
        Answer answer = service.postJson("/v1/decisions", "{\"scenario\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).startsWith("malformed JSON at line 1");
        assertThat(answer.errorField()).isEmpty();
        Answer duplicate = service.postJson("/v1/decisions",
                "{\"scenario\": \"out-of-office\", \"scenario\": \"subject-line\", \"facts\": {}}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorMessage()).contains("Duplicate field 'scenario'");
    }

    @Test
    void anEmptyBodyIs400() {
        Answer answer = service.postJson("/v1/decisions", "");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).contains("expected a JSON object");
    }

    @Test
    void aBodyThatIsNotJsonIs415NamingContentType() {
        Answer missing = service.send(service.request("/v1/decisions")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        assertThat(missing.status()).isEqualTo(415);
        assertThat(missing.errorField()).isEqualTo("Content-Type");
        Answer form = service.send(service.request("/v1/decisions").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.errorMessage()).contains("application/x-www-form-urlencoded");
        Answer latin1 = service.send(service.request("/v1/decisions").header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        assertThat(latin1.status()).isEqualTo(415);
        assertNoVerdict(latin1);
    }

    @Test
    void aBodyRefusedUnreadClosesTheConnectionSoItIsNotReused() {
        // The body was never read, so the connection cannot carry another request; a client that reused it
        // would see it closed under its next request ("header parser received no bytes").
        Answer wrongType = service.send(service.request("/v1/decisions").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        Answer wrongEncoding = service.send(service.request("/v1/decisions").header("Content-Type", "application/json")
                .header("Content-Encoding", "br").POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));

        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(wrongEncoding.status()).isEqualTo(415);
        assertThat(wrongEncoding.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(service.postJson("/v1/decisions", Situations.PASSWORD_RESET).status()).isEqualTo(200);
    }

    @Test
    void jsonWithAUtf8CharsetParameterIsAccepted() {
        Answer answer = service.send(service.request("/v1/decisions").header("Content-Type", "Application/JSON; charset=\"UTF-8\"")
                .POST(HttpRequest.BodyPublishers.ofString(Situations.PASSWORD_RESET)));
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void invalidUtf8Is400() {
        byte[] body = "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"x\u00ff\"}}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Answer answer = service.send(service.request("/v1/decisions").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorMessage()).containsIgnoringCase("UTF-8");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        Answer answer = service.get("/v1/decisions");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("POST");
        assertThat(answer.errorMessage()).contains("GET is not allowed on /v1/decisions");
        Answer health = service.send(service.request("/v1/health").DELETE());
        assertThat(health.status()).isEqualTo(405);
        assertThat(health.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void anUnknownPathIs404ListingTheEndpoints() {
        Answer answer = service.get("/v1/decision");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorMessage()).contains("no endpoint at /v1/decision").contains("POST /v1/decisions:batch");
        assertThat(service.postJson("/v1/decisions/", Situations.PASSWORD_RESET).status()).isEqualTo(404);
    }

    @Test
    void reloadingTheBundledRulesIs409() {
        Answer answer = service.send(service.request("/v1/reload").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.errorMessage()).contains("bundled");
    }
}
