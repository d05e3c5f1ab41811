/**
 * Rule-set analysis: every situation of every scenario decided once, then invariants, dead and
 * shadowed rules, unsafe permissions and the impact of an edit derived from those results.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.analysis;
