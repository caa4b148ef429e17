package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabasesTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFreshDatabaseIsEmptyAndUsable(DatabaseKind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            database.withConnection(connection -> {
                try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(),
                        kind == DatabaseKind.MARIADB ? null : connection.getSchema(), "%", new String[] {"TABLE"})) {
                    assertThat(tables.next()).as("tables in a fresh database").isFalse();
                }
            });
        }
    }

    @Test
    void replacesTheDatabaseNameInAUrl() {
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://127.0.0.1:5432/test?ssl=false", "other"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/other?ssl=false");
        assertThat(TestDatabases.withDatabase("jdbc:mariadb://127.0.0.1:3306/test", "other"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/other");
    }
}
