package org.workprivacy.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.drools.compile.RuleSet;

/** The public entry gives rules-api types only (issue 16), and the rule set keeps its Drools rule base inside. */
class PublicEntryTest {

    @Test
    void theEntryNamesOnlyJdkApiAndJUnitTypes() {
        List<String> foreign = Stream.of(DecisionEngines.class, CasebookTests.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .flatMap(PublicEntryTest::typesOf)
                .filter(name -> !name.startsWith("java.") && !name.startsWith("org.workprivacy.rules.api.")
                        && !name.startsWith("org.junit.") && !name.equals("void") && !name.equals("boolean"))
                .toList();

        assertThat(foreign).isEmpty();
    }

    @Test
    void noPublicMethodOfTheRuleSetHandsOutTheKieBase() {
        assertThat(Arrays.stream(RuleSet.class.getMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getReturnType).map(Class::getName)).doesNotContain("org.kie.api.KieBase");
    }

    private static Stream<String> typesOf(Method method) {
        List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
        types.add(method.getGenericReturnType());
        types.addAll(List.of(method.getGenericExceptionTypes()));
        List<String> names = new ArrayList<>();
        types.forEach(type -> collect(type, names));
        return names.stream();
    }

    private static void collect(Type type, List<String> names) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), names);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(t -> collect(t, names));
        } else if (type instanceof Class<?> cls) {
            names.add(cls.isArray() ? cls.getComponentType().getName() : cls.getName());
        }
    }
}
