package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.migrate.operation.DropForeignKeyConstraint;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Runs the DDL of every operation once on each database, to show it is accepted. The full behaviour
 * belongs to the integration suite. PostgreSQL and MariaDB run when {@code MIGRATE_TEST_POSTGRES_URL}
 * / {@code MIGRATE_TEST_MARIADB_URL} (with {@code _USER} and {@code _PASSWORD}) are set, each in a
 * scratch schema or database of its own that is dropped afterwards.
 */
class DialectSmokeTest {

    private final String scratch = "dialect_smoke_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void h2() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + scratch)) {
            runEverything(connection, null);
        }
    }

    @Test
    void postgresql() throws SQLException {
        try (Connection connection = connect("POSTGRES"); Connection other = connect("POSTGRES")) {
            execute(connection, "create schema " + scratch);
            try {
                connection.setSchema(scratch);
                runEverything(connection, other);
            } finally {
                execute(connection, "drop schema " + scratch + " cascade");
            }
        }
    }

    @Test
    void mariadb() throws SQLException {
        try (Connection connection = connect("MARIADB"); Connection other = connect("MARIADB")) {
            execute(connection, "create database " + scratch);
            try {
                connection.setCatalog(scratch);
                runEverything(connection, other);
            } finally {
                execute(connection, "drop database " + scratch);
            }
        }
    }

    private void runEverything(Connection connection, Connection other) throws SQLException {
        Dialect dialect = Dialect.fromConnection(connection);
        Schema schema = Schema.empty();
        List<Operation> operations = new ArrayList<>(Fixtures.everyOperation());
        operations.add(Fixtures.everyType());
        operations.add(new DropTable(Fixtures.everyType().tableName()));
        for (Operation operation : operations) {
            for (String sql : dialect.sql(operation, schema)) {
                try {
                    execute(connection, sql);
                } catch (SQLException e) {
                    throw new AssertionError(dialect + " refused: " + sql + ": " + e.getMessage(), e);
                }
            }
            schema = operation.applyTo(schema);
            if (operation instanceof DropForeignKeyConstraint drop) {
                assertThat(indexNames(connection, dialect, drop.tableName())).doesNotContain(drop.constraintName());
            }
        }
        assertThat(schema).isEqualTo(Schema.empty());
        if (other != null) {
            takeTurnsWithTheLock(dialect, connection, other);
        }
    }

    private void takeTurnsWithTheLock(Dialect dialect, Connection connection, Connection other) throws SQLException {
        LockStatements lock = dialect.lockStatements(scratch).orElseThrow();
        assertThat(queryBoolean(connection, lock.tryLock())).isTrue();
        assertThat(queryBoolean(other, lock.tryLock())).isFalse();
        assertThat(queryBoolean(connection, lock.unlock())).isTrue();
        assertThat(queryBoolean(other, lock.tryLock())).isTrue();
        assertThat(queryBoolean(other, lock.unlock())).isTrue();
    }

    private static List<String> indexNames(Connection connection, Dialect dialect, String table) throws SQLException {
        String stored = dialect.quote(table).substring(1, dialect.quote(table).length() - 1);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), connection.getSchema(),
                stored, false, false)) {
            while (rs.next()) {
                names.add(Objects.toString(rs.getString("INDEX_NAME"), "").toLowerCase());
            }
        }
        return names;
    }

    private static Connection connect(String database) throws SQLException {
        String url = System.getenv("MIGRATE_TEST_" + database + "_URL");
        assumeTrue(url != null && !url.isBlank(), "set MIGRATE_TEST_" + database + "_URL to run this test");
        return DriverManager.getConnection(url, System.getenv("MIGRATE_TEST_" + database + "_USER"),
                Objects.toString(System.getenv("MIGRATE_TEST_" + database + "_PASSWORD"), ""));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean queryBoolean(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getBoolean(1);
        }
    }
}
