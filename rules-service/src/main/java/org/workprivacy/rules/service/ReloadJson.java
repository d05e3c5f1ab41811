package org.workprivacy.rules.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.workprivacy.rules.api.ruleset.RuleProblem;
import org.workprivacy.rules.api.ruleset.ReloadResult;

/**
 * What {@code POST /v1/reload} answers: whether a new rule set now decides, the version deciding, and the
 * problems that kept a broken edit out (then with an {@code error}, as every refusal has).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReloadJson(ErrorJson error, boolean changed, String version, List<Problem> problems) {

    /** A rule-set problem, with {@code located} as {@code file:line[:column]: message}. */
    record Problem(RuleProblem.Severity severity, String file, int line, int column, String message, String located) {
        static Problem of(RuleProblem problem) {
            return new Problem(problem.severity(), problem.file(), problem.line(), problem.column(),
                    problem.message(), problem.located());
        }
    }

    static ReloadJson of(ReloadResult result) {
        ErrorJson error = result.failed() ? new ErrorJson(422, "", "the rules have " + result.problems().size()
                + " problem(s); still deciding with " + result.version()) : null;
        return new ReloadJson(error, result.changed(), result.version(),
                result.problems().stream().map(Problem::of).toList());
    }
}
