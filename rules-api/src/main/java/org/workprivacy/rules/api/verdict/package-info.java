/**
 * Verdicts: the answer (ALLOWED or DENIED), the reasons with their legal basis, the conditions that come with
 * a permission, the facts still missing, and the language of the messages.
 */
package org.workprivacy.rules.api.verdict;
