/**
 * Checking a rule set: everything wrong with it reported at once, each problem located as
 * file:line:column.
 *
 * <p>Internal to this project: public only so the service, the command line and the benchmarks can use
 * it; it may change in any release. Embedders use {@link org.workprivacy.rules.drools.DecisionEngines}.
 */
package org.workprivacy.rules.drools.check;
