/**
 * Rule sets as callers see them: the located problems of a rule set (file, line, column, message), the
 * exception when rules cannot be loaded or fail, and the result of a reload.
 */
package org.workprivacy.rules.api.ruleset;
