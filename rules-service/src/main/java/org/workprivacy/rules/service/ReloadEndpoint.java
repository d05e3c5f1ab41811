package org.workprivacy.rules.service;

import java.util.function.Consumer;
import org.workprivacy.rules.api.ruleset.ReloadResult;

/**
 * {@code POST /v1/reload}: rereads the rules directory. 200 when it loaded (or nothing changed), 422 with
 * the located problems when an edit is broken (the old version keeps deciding), 409 when the service
 * decides with the bundled rules, which cannot be reloaded. Requests in flight finish on their version.
 */
final class ReloadEndpoint implements Endpoint {
    private final ServedRules rules;
    private final Consumer<String> log;

    ReloadEndpoint(ServedRules rules, Consumer<String> log) {
        this.rules = rules;
        this.log = log;
    }

    @Override
    public void handle(HttpCall call) {
        ReloadResult result = rules.reload().orElseThrow(() -> new HttpProblem(409, "",
                "the service decides with the rules bundled in the jar, which cannot be reloaded; "
                        + "start it on a rules directory to reload"));
        log.accept(ReloadReport.describe("reload requested", result));
        call.answer(result.failed() ? 422 : 200, ReloadJson.of(result));
    }
}
