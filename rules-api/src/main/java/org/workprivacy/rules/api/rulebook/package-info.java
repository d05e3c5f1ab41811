/**
 * The rulebook: a rule set as legal staff read it, scenario by scenario, each rule with its sentences, code,
 * messages, legal basis and the casebook cases that exercise it. Plain values, no engine types: the rulebook
 * page of the service and the static export ({@code workprivacy rulebook}) render it.
 */
package org.workprivacy.rules.api.rulebook;
