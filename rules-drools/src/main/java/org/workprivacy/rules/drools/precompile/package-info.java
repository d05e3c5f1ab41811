/**
 * The build step that compiles the bundled rules to Drools' executable model, so the library starts
 * without compiling them.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.precompile;
