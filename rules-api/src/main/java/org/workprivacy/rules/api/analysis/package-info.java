/**
 * The result of analysing a whole rule set by deciding every situation of every scenario's fact space:
 * invariants that hold or fail (with counterexamples), dead rules, shadowed permissions, unsafe
 * permissions and counts ({@link org.workprivacy.rules.api.analysis.Analysis}), and the change impact of
 * an edit ({@link org.workprivacy.rules.api.analysis.ChangeImpact}). Values only; no engine types.
 */
package org.workprivacy.rules.api.analysis;
