package org.workprivacy.rules.api.explain;

/** What a fired rule contributed to the verdict. */
public enum Effect {
    /** The rule permits the action. */
    ALLOW,
    /** The rule forbids the action; deny overrides allow. */
    DENY,
    /** The rule attaches an obligation to a permission. */
    CONDITION
}
