package org.workprivacy.rules.api.facts;

import java.util.List;
import java.util.Objects;

/**
 * One fact of a scenario, read from a component of the scenario's situation record.
 *
 * @param name  the fact's name, as in JSON and in the rule files
 * @param index the fact's position in the record (its canonical constructor's argument index)
 * @param type  {@code Boolean}, an enum, or {@code Integer} (a number such as days)
 */
public record Fact(String name, int index, Class<?> type) {
    /** The canonical constructor: refuses null components and values the fact's type cannot have. */
    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (type != Boolean.class && type != Integer.class && !type.isEnum()) {
            throw new IllegalArgumentException("fact " + name + " has type " + type.getName()
                    + "; a fact is a Boolean, an enum or an Integer");
        }
    }

    /** A whole number: its values are not a fixed list but come from what the rules compare it with. */
    public boolean isNumber() {
        return type == Integer.class;
    }

    /**
     * Every value a yes/no or enum fact can take, in declaration order (true before false). A number's
     * values depend on the rules: see {@link FactSpace#numberValues(java.util.Collection)}.
     */
    public List<Object> values() {
        if (type == Boolean.class) {
            return List.of(Boolean.TRUE, Boolean.FALSE);
        }
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        throw new IllegalStateException("fact " + name + " is a number; its values come from the rules' thresholds");
    }
}
