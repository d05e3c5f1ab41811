/**
 * Locating problems: turning Drools' compiler messages (lines of expanded text, generated class names)
 * into the file, line and column legal staff wrote, in plain words.
 *
 * <p>Internal to this project; it may change in any release.
 */
package org.workprivacy.rules.drools.locate;
