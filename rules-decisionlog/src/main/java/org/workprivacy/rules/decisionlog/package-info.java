/**
 * The decision log: an append-only audit trail of decisions, one JSON line each, kept for accountability
 * (GDPR art. 5(2)); the facts go in only when asked for, since they can be personal data.
 */
package org.workprivacy.rules.decisionlog;
