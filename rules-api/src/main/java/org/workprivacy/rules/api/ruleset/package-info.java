/**
 * Rule sets as callers see them: the located problems of a rule set (file, line, column, message), the
 * exception when rules cannot be loaded or fail, the result of a reload and of a check, and each rule's
 * name, file, reason code and legal basis.
 */
package org.workprivacy.rules.api.ruleset;
