/**
 * The fact space of a scenario: its facts (names, types, values) read from the situation record, and which
 * of them make up the question itself. What partial evaluation and rule-set analysis enumerate.
 */
package org.workprivacy.rules.api.facts;
