package org.workprivacy.rules.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Random;
import org.workprivacy.rules.api.json.SituationJson;
import org.workprivacy.rules.api.situation.InvalidSituationException;
import org.workprivacy.rules.api.situation.Scenario;

/**
 * Makes JSON Lines of random situations for load runs, from the situation records themselves (so it never
 * falls behind a new fact or scenario). Each line carries {@code "id": "g<N>"}. Optionally every
 * {@code badEvery}-th line is broken, cycling through the kinds of bad line a batch must survive. Good lines
 * are never contradictory: facts a situation record refuses together are drawn again.
 * The same seed gives the same lines.
 */
public final class SituationGenerator {
    /** The bad lines, one of each kind the batch reports. */
    static final List<String> BAD_LINES = List.of(
            "{\"scenario\": \"out-of-office\", \"facts\": {",
            "{\"scenario\": \"coffee-break\", \"facts\": {}}",
            "{\"scenario\": \"out-of-office\", \"facts\": {\"colour\": true}}",
            "{\"scenario\": \"out-of-office\", \"facts\": {\"mailOpened\": \"no\"}}",
            "{\"scenario\": \"out-of-office\", \"facts\": {\"method\": \"reset\"}}",
            "");

    private static final SituationJson JSON = new SituationJson();

    private final Random random;
    private final int badEvery;
    private final Scenario[] scenarios = Scenario.values();

    public SituationGenerator(long seed, int badEvery) {
        if (badEvery < 0) {
            throw new IllegalArgumentException("badEvery must be 0 (none) or more, was " + badEvery);
        }
        this.random = new Random(seed);
        this.badEvery = badEvery;
    }

    /** The line numbered {@code number} (from 1). Lines must be asked for in order. */
    public String line(long number) {
        if (badEvery > 0 && number % badEvery == 0) {
            return BAD_LINES.get((int) ((number / badEvery - 1) % BAD_LINES.size()));
        }
        Scenario scenario = scenarios[random.nextInt(scenarios.length)];
        while (true) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("scenario", scenario.id());
            ObjectNode facts = root.putObject("facts");
            for (RecordComponent component : scenario.situationType().getRecordComponents()) {
                if (random.nextInt(20) == 0) {
                    continue; // not stated, now and then
                }
                fact(facts, component.getName(), component.getType());
            }
            if (consistent(root)) {
                ObjectNode line = JsonNodeFactory.instance.objectNode();
                line.put("id", "g" + number);
                line.setAll(root);
                return line.toString();
            }
        }
    }

    /** Whether the situation record accepts these facts (it refuses facts that contradict each other). */
    private static boolean consistent(ObjectNode situation) {
        try {
            JSON.read(situation);
            return true;
        } catch (InvalidSituationException contradictory) {
            return false;
        }
    }

    private void fact(ObjectNode facts, String name, Class<?> type) {
        if (type == Boolean.class) {
            facts.put(name, random.nextInt(10) < 7); // mostly yes, so that some situations are allowed
        } else if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            facts.put(name, SituationJson.enumJsonName((Enum<?>) constants[random.nextInt(constants.length)]));
        } else if (type == Integer.class || type == Long.class) {
            facts.put(name, random.nextInt(100));
        } else {
            throw new IllegalStateException("no generator for fact " + name + " of type " + type.getName());
        }
    }
}
