/**
 * Loading rules: reading rule files from the classpath or a directory, the sandbox and lints that
 * refuse unsafe or wrong rules, compiling them to a rule set and locating each problem.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.load;
