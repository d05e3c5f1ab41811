/**
 * Reading rules: the rule files from the classpath or a directory, their messages and metadata, and the
 * tree Drools' own parser makes of them, shared by the checks in {@code lint}, the problem locating in
 * {@code locate} and the compiling in {@code compile}.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.load;
