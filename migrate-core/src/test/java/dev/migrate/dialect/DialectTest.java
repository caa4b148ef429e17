package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.Operation;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DialectTest {

    static Stream<Dialect> dialects() {
        return Stream.of(Dialect.postgresql(), Dialect.mariadb(), Dialect.h2());
    }

    @Test
    void choosesByProductName() {
        assertThat(Dialect.fromProductName("PostgreSQL").name()).isEqualTo("postgresql");
        assertThat(Dialect.fromProductName("MariaDB").name()).isEqualTo("mariadb");
        assertThat(Dialect.fromProductName("MySQL").name()).isEqualTo("mariadb");
        assertThat(Dialect.fromProductName("H2").name()).isEqualTo("h2");
        assertThat(Dialect.forName("PostgreSQL").name()).isEqualTo("postgresql");
    }

    @Test
    void rejectsAnUnknownProductByName() {
        assertThatIllegalStateException().isThrownBy(() -> Dialect.fromProductName("Oracle"))
                .withMessageContaining("'Oracle'")
                .withMessageContaining("PostgreSQL").withMessageContaining("MariaDB").withMessageContaining("H2");
        assertThatIllegalArgumentException().isThrownBy(() -> Dialect.forName("sqlite"))
                .withMessageContaining("sqlite").withMessageContaining("postgresql, mariadb, h2");
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rejectsBadLockNames(Dialect dialect) {
        for (String bad : List.of("x'); select 1; --", "a b", "", "x".repeat(65))) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> dialect.lockStatements(bad));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rendersEveryKindOfOperationWithoutSemicolons(Dialect dialect) {
        List<Operation> script = Fixtures.everyOperation();
        Set<Class<?>> used = script.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(Arrays.asList(Operation.class.getPermittedSubclasses()));
        List<List<String>> rendered = Scripts.render(dialect, script);
        for (int i = 0; i < script.size(); i++) {
            Operation operation = script.get(i);
            if (dialect.name().equals("h2")
                    && (operation instanceof AddCheckConstraint || operation instanceof DropCheckConstraint)) {
                // the one exception: H2 gets no check constraints (see H2Dialect)
                assertThat(rendered.get(i)).as(operation.describe()).isEmpty();
                continue;
            }
            if (operation instanceof JavaOperation) {
                // the executor runs the class: there is no SQL
                assertThat(rendered.get(i)).as(operation.describe()).isEmpty();
                continue;
            }
            assertThat(rendered.get(i)).as(operation.describe()).isNotEmpty()
                    .allSatisfy(sql -> assertThat(sql).doesNotEndWith(";").isEqualTo(sql.strip()));
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rendersEveryColumnType(Dialect dialect) {
        for (ColumnType type : Fixtures.sampleTypes()) {
            assertThat(dialect.columnType(type)).as(type.toString()).matches("[a-z][a-z0-9 (),]*");
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void sendsSqlOnlyToTheDatabasesItsDbmsNames(Dialect dialect) {
        SqlOperation postgres = new SqlOperation(List.of("select 1"), List.of(), List.of("postgresql"));
        SqlOperation mariadbAndH2 = new SqlOperation(List.of("select 2"), List.of(), List.of("mysql", "h2"));
        SqlOperation everywhere = new SqlOperation(List.of("select 3"), List.of());

        assertThat(dialect.sql(postgres, dev.migrate.schema.Schema.empty()))
                .isEqualTo(dialect.name().equals("postgresql") ? List.of("select 1") : List.of());
        assertThat(dialect.sql(mariadbAndH2, dev.migrate.schema.Schema.empty()))
                .isEqualTo(dialect.name().equals("postgresql") ? List.of() : List.of("select 2"));
        assertThat(dialect.sql(everywhere, dev.migrate.schema.Schema.empty())).containsExactly("select 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void isNamedForItsDatabase(String name) {
        assertThat(Dialect.forName(name)).hasToString(name).isSameAs(Dialect.forName(name));
    }
}
