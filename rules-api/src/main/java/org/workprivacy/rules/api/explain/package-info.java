/**
 * Explanations: how a verdict came about, the rules that fired in order, what each contributed, how they
 * were combined, and the facts the caller left open with whether each mattered.
 */
package org.workprivacy.rules.api.explain;
