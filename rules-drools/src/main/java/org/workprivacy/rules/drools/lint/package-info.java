/**
 * Checking rules before Drools builds them: the sandbox that refuses anything able to run code or hang,
 * and the lints that refuse safe but wrong rules. All of them read the parsed tree, so they see exactly
 * what the engine builds. {@link org.workprivacy.rules.drools.lint.RuleLints} runs them in order.
 *
 * <p>Internal to this project; it may change in any release. Embedders use
 * {@link org.workprivacy.rules.drools.DecisionEngines#check}.
 */
package org.workprivacy.rules.drools.lint;
