package org.workprivacy.rules.cli;

import java.util.Iterator;
import org.workprivacy.rules.api.situation.Scenario;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts a scenario by its JSON id ("out-of-office"), as in situation files. */
final class ScenarioConverter implements ITypeConverter<Scenario> {
    @Override
    public Scenario convert(String value) {
        return Scenario.byId(value).orElseThrow(() -> new TypeConversionException(
                "unknown scenario '" + value + "'; known: " + String.join(", ", Scenario.ids())));
    }

    /** The ids, for help texts. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Scenario.ids().iterator();
        }
    }
}
