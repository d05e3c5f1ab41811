/**
 * Compiling rules: the checked rule files built into a {@link org.workprivacy.rules.drools.compile.RuleSet}
 * (or the precompiled executable model loaded when it matches the files), within a build time limit.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.compile;
