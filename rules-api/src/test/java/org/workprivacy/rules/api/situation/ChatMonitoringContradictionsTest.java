package org.workprivacy.rules.api.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.json.SituationJson;

/** Facts of chat-monitoring that cannot both be true are refused, never decided. */
class ChatMonitoringContradictionsTest {
    private final SituationJson json = new SituationJson();

    @Test
    void groupStatisticsAboutOneSingledOutEmployeeAreRefusedNamingBothFacts() {
        assertThatThrownBy(() -> json.read("{\"scenario\": \"chat-monitoring\", \"facts\": "
                + "{\"scope\": \"targeted-employee\", \"monitoredData\": \"aggregate-statistics\"}}"))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.field()).isEqualTo("facts.monitoredData");
                    assertThat(e.getMessage()).contains("aggregate-statistics contradicts facts.scope: targeted-employee");
                });
    }

    @Test
    void eitherFactAloneIsFine() {
        assertThatCode(() -> new ChatMonitoring(ChatMonitoring.MonitoringScope.TARGETED_EMPLOYEE, null, null, null, null,
                null, null, null, null, null, null, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> new ChatMonitoring(null, ChatMonitoring.MonitoredData.AGGREGATE_STATISTICS, null, null, null,
                null, null, null, null, null, null, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> new ChatMonitoring(ChatMonitoring.MonitoringScope.ALL_EMPLOYEES,
                ChatMonitoring.MonitoredData.AGGREGATE_STATISTICS, null, null, null, null, null, null, null, null, null,
                null, null)).doesNotThrowAnyException();
    }

    /**
     * A suspicion about one employee is irrelevant, not contradictory, elsewhere: "we suspect a leak, so we read
     * everyone's chats" is a real question (answered DENIED by the rules), and a warned employee can also be
     * suspected of something else.
     */
    @Test
    void aSuspicionStatedOutsideAnUnwarnedTargetedReviewIsAccepted() {
        assertThatCode(() -> ChatMonitoring.builder().scope(ChatMonitoring.MonitoringScope.ALL_EMPLOYEES)
                .monitoredData(ChatMonitoring.MonitoredData.CONTENT).concreteSuspicion(true).build())
                .doesNotThrowAnyException();
        assertThatCode(() -> ChatMonitoring.builder().scope(ChatMonitoring.MonitoringScope.TARGETED_EMPLOYEE)
                .warnedAboutSpecificConduct(true).concreteSuspicion(true).build()).doesNotThrowAnyException();
        assertThatCode(() -> json.read("{\"scenario\": \"chat-monitoring\", \"facts\": "
                + "{\"monitoredData\": \"aggregate-statistics\", \"concreteSuspicion\": false}}"))
                .doesNotThrowAnyException();
    }
}
