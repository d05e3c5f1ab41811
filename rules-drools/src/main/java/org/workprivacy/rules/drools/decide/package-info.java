/**
 * Deciding: an engine on a compiled rule set, per-thread sessions, partial evaluation of situations
 * with facts not stated, verdicts combined from the rules that fired, reloads and the directory watcher.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.decide;
