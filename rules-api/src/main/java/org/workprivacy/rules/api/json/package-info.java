/**
 * Situations and verdicts as JSON: strict reading of {@code {"scenario", "facts"}} documents within size
 * limits, and writing of verdicts, the formats of the command line, the service and the casebooks.
 */
package org.workprivacy.rules.api.json;
