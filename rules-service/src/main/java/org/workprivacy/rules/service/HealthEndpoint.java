package org.workprivacy.rules.service;


/** {@code GET /v1/health}: the service is up, and which rule-set version decides. */
final class HealthEndpoint implements Endpoint {
    record Health(String status, String ruleSetVersion) {
    }

    private final ServedRules rules;

    HealthEndpoint(ServedRules rules) {
        this.rules = rules;
    }

    @Override
    public void handle(HttpCall call) {
        call.answer(200, new Health("UP", rules.version()));
    }
}
