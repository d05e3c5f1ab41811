/**
 * Casebooks: legal staff's cases (one situation, one expected verdict) read from *.casebook.yaml and
 * run against an engine, with rule and legal-basis coverage.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.casebook;
