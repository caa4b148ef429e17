package dev.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.OperationFixtures;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What makes a new operation a compile error until every behaviour is given (a compile error cannot
 * be a unit test, so this checks its preconditions): the visitor has exactly one abstract case per
 * operation and no defaults, each operation dispatches to its own case, and the behaviours on the
 * operation itself have no default.
 */
class OperationVisitorTest {

    @Test
    void theVisitorHasOneAbstractCasePerOperationAndNoDefault() {
        Set<Class<?>> operations = Set.of(Operation.class.getPermittedSubclasses());
        List<Class<?>> cases = new ArrayList<>();
        for (Method method : OperationVisitor.class.getDeclaredMethods()) {
            assertThat(Modifier.isAbstract(method.getModifiers())).as("%s has no default", method).isTrue();
            assertThat(method.getName()).isEqualTo("visit");
            assertThat(method.getParameterTypes()).hasSize(1);
            cases.add(method.getParameterTypes()[0]);
        }
        assertThat(cases).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(operations);
        assertThat(operations).hasSize(23);
    }

    @Test
    void everyOperationStatesItsOwnBehaviour() throws NoSuchMethodException {
        for (String name : List.of("applyTo", "reverse", "describe", "reduce", "isDestructive", "accept")) {
            Method method = Arrays.stream(Operation.class.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                    .findFirst().orElseThrow();
            assertThat(method.isDefault()).as("Operation.%s has no default", name).isFalse();
        }
        for (Class<?> operation : Operation.class.getPermittedSubclasses()) {
            assertThat(operation.isRecord()).as("%s is a record", operation).isTrue();
            assertThat(operation.getDeclaredMethod("accept", OperationVisitor.class)).isNotNull();
        }
    }

    @Test
    void eachOperationVisitsItsOwnCase() {
        List<Operation> samples = new ArrayList<>(OperationFixtures.everyOperation().values());
        samples.add(new JavaOperation("com.example.FillIsbn", null));
        assertThat(samples.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
        // a visitor that answers with the type of the case it was called for
        @SuppressWarnings("unchecked")
        OperationVisitor<Class<?>> caseOf = (OperationVisitor<Class<?>>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {OperationVisitor.class},
                (proxy, method, args) -> method.getParameterTypes()[0]);
        for (Operation operation : samples) {
            assertThat(operation.<Class<?>>accept(caseOf)).as(operation.describe()).isEqualTo(operation.getClass());
        }
    }
}
