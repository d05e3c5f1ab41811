/**
 * Testing rules the way legal staff write tests: casebooks of cases (one situation, one expected
 * verdict) run against the rules, with rule and legal-basis coverage and the invariants that must hold
 * on every situation. {@code DecisionEngines.test(Path)} in rules-drools gives a {@link
 * org.workprivacy.rules.api.casebook.TestReport}.
 */
package org.workprivacy.rules.api.casebook;
