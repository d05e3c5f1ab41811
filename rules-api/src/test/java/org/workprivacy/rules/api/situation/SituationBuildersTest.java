package org.workprivacy.rules.api.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.workprivacy.rules.api.situation.OutOfOffice.AccessMethod;
import org.workprivacy.rules.api.situation.OutOfOffice.Action;
import org.workprivacy.rules.api.situation.OutOfOffice.EmployeeContact;

/** Every situation has a builder that names each fact; a fact it is not given is not stated. */
class SituationBuildersTest {

    @Test
    void theBuilderGivesWhatTheCanonicalConstructorGives() {
        OutOfOffice built = OutOfOffice.builder()
                .action(Action.ENABLE_AUTO_REPLY)
                .workRelatedReason(true)
                .employeeContact(EmployeeContact.UNREACHABLE)
                .method(AccessMethod.SERVER_SIDE_ADMIN)
                .mailOpened(false)
                .replySpecialCategoryData(false)
                .build();

        assertThat(built).isEqualTo(new OutOfOffice(Action.ENABLE_AUTO_REPLY, true, EmployeeContact.UNREACHABLE,
                AccessMethod.SERVER_SIDE_ADMIN, null, false, null, null, null, null, false, null));
    }

    @Test
    void theBuilderRefusesContradictoryFactsAsTheConstructorDoes() {
        var builder = OutOfOffice.builder().action(Action.ENABLE_AUTO_REPLY).method(AccessMethod.SERVER_SIDE_ADMIN)
                .serverSideAutoReplyPossible(false);

        assertThatThrownBy(builder::build).isInstanceOf(InvalidSituationException.class)
                .hasMessageContaining("server-side-admin");
    }

    @Test
    void eachBuilderSetsEachFactByNameAsTheCanonicalConstructorDoes() throws ReflectiveOperationException {
        for (Class<?> type : Situation.class.getPermittedSubclasses()) {
            Object empty = build(type.getMethod("builder").invoke(null));
            for (RecordComponent component : type.getRecordComponents()) {
                assertThat(component.getAccessor().invoke(empty)).as("%s.%s unset", type.getSimpleName(),
                        component.getName()).isNull();
                Object value = sample(component.getType());
                Object builder = type.getMethod("builder").invoke(null);
                builder.getClass().getMethod(component.getName(), component.getType()).invoke(builder, value);
                Object[] args = new Object[type.getRecordComponents().length];
                args[Arrays.asList(type.getRecordComponents()).stream().map(RecordComponent::getName).toList()
                        .indexOf(component.getName())] = value;
                Object canonical = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(args);
                // The canonical constructor may fill in a fact the given one implies (MailboxRetention does).
                assertThat(build(builder)).as("%s with only %s", type.getSimpleName(), component.getName())
                        .isEqualTo(canonical);
                assertThat(component.getAccessor().invoke(canonical)).isEqualTo(value);
            }
        }
    }

    private static Object build(Object builder) throws ReflectiveOperationException {
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object sample(Class<?> type) {
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == Integer.class) {
            return 1;
        }
        List<?> constants = Arrays.asList(type.getEnumConstants());
        return constants.get(0);
    }
}
