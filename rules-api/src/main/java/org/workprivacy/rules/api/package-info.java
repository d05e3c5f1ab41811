/**
 * The engine boundary: {@link org.workprivacy.rules.api.DecisionEngine} decides a situation and explains how;
 * {@link org.workprivacy.rules.api.ReloadableEngine} is one on rule files that can change while it runs.
 * Engine-free: the Drools implementation lives in {@code rules-drools} and is built with its
 * {@code DecisionEngines}.
 */
package org.workprivacy.rules.api;
