/**
 * The decision engine on Drools, as embedders see it: {@link org.workprivacy.rules.drools.DecisionEngines}
 * builds engines on the bundled rules or on a rules directory, and checks and tests a rules directory;
 * {@link org.workprivacy.rules.drools.CasebookTests} runs legal staff's casebooks as JUnit tests. Both give
 * rules-api types only. The other packages of this module are internal.
 */
package org.workprivacy.rules.drools;
