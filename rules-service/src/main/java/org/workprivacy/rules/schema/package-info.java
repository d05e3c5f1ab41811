/**
 * The JSON Schema of situation documents, generated from the situation records so it cannot drift from what
 * is read.
 */
package org.workprivacy.rules.schema;
