/**
 * Situations: the facts of one workplace-privacy question, one immutable record per scenario, each with a
 * builder that names its facts. A fact not stated is {@code null}; contradicting facts are refused when the
 * situation is built.
 */
package org.workprivacy.rules.api.situation;
