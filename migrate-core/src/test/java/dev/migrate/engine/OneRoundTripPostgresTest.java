package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.Operation;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.FreshDatabase;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On PostgreSQL a migration's statements and its history row go to the database as one batch, and
 * a batch that fails is sent again one statement at a time, so that the failure names its statement.
 * The calls the migrator makes on the connection are recorded through a proxy.
 */
class OneRoundTripPostgresTest extends FreshDatabase {

    @TempDir
    Path migrations;

    /** Every call on the connection and its statements, as "execute", "executeBatch", "prepareStatement", "commit". */
    private final List<String> calls = new ArrayList<>();

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Test
    void aMigrationAndItsRowAreOneBatchAndItsCommit() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_edition", List.of("0001_library"), List.of(edition(), new SqlOperation(
                List.of("update book set edition = 1", "select count(*) from book"), List.of())));

        MigrateResult result = migrateRecordingCalls();

        assertThat(result.applied()).containsExactly("0001_library", "0002_edition");
        // sent as written: no JDBC escape processing, as Flyway sends a migration's SQL
        assertThat(calls).containsSubsequence("setEscapeProcessing false", "executeBatch", "commit",
                "setEscapeProcessing false", "executeBatch", "commit").filteredOn("executeBatch"::equals).hasSize(2);
        assertThat(calls).doesNotContain("execute", "executeUpdate");
        Map<String, HistoryRow> rows = rows();
        for (Migration migration : migrator().migrations()) {
            HistoryRow row = rows.get(migration.id());
            assertThat(row.success()).isTrue();
            assertThat(row.checksum()).isEqualTo(migration.checksum());
            assertThat(row.fileHash()).isEqualTo(migration.fileHash());
            assertThat(row.operationsDone()).isEqualTo(migration.operations().size());
            assertThat(row.executionMs()).isBetween(0L, 60_000L);
            assertThat(row.appliedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        }
    }

    /**
     * The batch fails; sent again one by one, the failure names the statement, and the history says
     * the same. Fixed, the migration's failed row is replaced in the batch that applies it.
     */
    @Test
    void aFailedBatchIsSentAgainOneByOneAndNamesItsStatement() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_broken", List.of("0001_library"),
                List.of(edition(), new SqlOperation(List.of("insert into no_such_table values (1)"), List.of())));

        assertThatThrownBy(this::migrateRecordingCalls).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Migration 0002_broken failed at operation 2 of 2")
                .hasMessageContaining("SQL: insert into no_such_table values (1)")
                .hasMessageContaining("relation \"no_such_table\" does not exist");
        assertThat(calls).containsSubsequence("executeBatch", "commit", "executeBatch", "rollback", "execute",
                "execute", "rollback");
        assertThat(rows().get("0002_broken").failure()).startsWith("Operation 2 of 2 (Run SQL: insert into no_such_table");

        write("0002_broken", List.of("0001_library"), List.of(edition()));
        calls.clear();
        assertThat(migrateRecordingCalls().applied()).containsExactly("0002_broken");
        assertThat(calls).filteredOn("executeBatch"::equals).hasSize(1);
        assertThat(rows()).hasSize(2).allSatisfy((id, row) -> assertThat(row.success()).isTrue());
    }

    /**
     * pgjdbc syncs part-way through a long batch (every 250 or so statements); the migration's
     * transaction spans the syncs, so a failure at its end leaves nothing of it in the database.
     */
    @Test
    void aLongBatchThatFailsAtItsEndKeepsNothing() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        List<String> inserts = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            inserts.add("insert into author (name) values ('author " + i + "')");
        }
        inserts.add("insert into no_such_table values (1)");
        write("0002_authors", List.of("0001_library"), List.of(new SqlOperation(inserts, List.of())));

        assertThatThrownBy(this::migrateRecordingCalls).isInstanceOf(MigrationException.class)
                .hasMessageContaining("operation 1 of 1").hasMessageContaining("relation \"no_such_table\" does not exist");

        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("select count(*) from author")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isZero();
        }
        assertThat(rows().get("0002_authors").success()).isFalse();
    }

    /** pgjdbc refuses a batch entry holding two statements; the migration is then sent one statement at a time. */
    @Test
    void statementsTheDriverWillNotBatchAreSentOneByOne() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_two_in_one", List.of("0001_library"), List.of(new SqlOperation(
                List.of("create table note (id int); insert into note values (1)"), List.of())));

        assertThat(migrateRecordingCalls().applied()).containsExactly("0001_library", "0002_two_in_one");

        assertThat(calls).containsSubsequence("executeBatch", "commit", "rollback", "execute", "executeUpdate", "commit");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("select count(*) from note")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(1);
        }
        assertThat(rows().get("0002_two_in_one").success()).isTrue();
    }

    /**
     * The row's values are written into the statement: quotes and backslashes must come back as they
     * went, whether or not the server reads backslashes in plain literals as escapes
     * ({@code standard_conforming_strings}, on by default since PostgreSQL 9.1), and so must a time with
     * whole seconds or whole minutes, which ISO 8601 prints shorter.
     */
    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void aRowWrittenIntoItsStatementReadsBackAsItWas(String standardConformingStrings) throws Exception {
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set standard_conforming_strings = " + standardConformingStrings);
                statement.execute("drop table if exists " + HistoryTable.DEFAULT_NAME);
            }
            HistoryTable history = new HistoryTable(HistoryTable.DEFAULT_NAME, Dialect.fromConnection(connection));
            history.create(connection);
            List<HistoryRow> written = List.of(
                    new HistoryRow("0001_o'brien\\x", "c'1\\", null, Instant.parse("2026-07-01T23:59:59.001Z"), 0, false,
                            2, "it's \\n 'no'"),
                    new HistoryRow("0002_b", "c2", "h2", Instant.parse("2026-01-15T08:30:12Z"), 0, true, 1, null),
                    new HistoryRow("0003_c", "c3", "h3", Instant.parse("2025-03-30T01:00:00Z"), 0, true, 0, null));
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (HistoryRow row : written) {
                    statement.execute(history.insertTimedByDatabase(row));
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            Map<String, HistoryRow> rows = history.readAll(connection);
            for (HistoryRow row : written) {
                HistoryRow read = rows.get(row.id());
                assertThat(read.executionMs()).isBetween(0L, 60_000L);
                assertThat(read).isEqualTo(new HistoryRow(row.id(), row.checksum(), row.fileHash(), row.appliedAt(),
                        read.executionMs(), row.success(), row.operationsDone(), row.failure()));
            }
        }
    }

    /** A text default with backslashes and quotes is stored as written, whatever {@code standard_conforming_strings} says. */
    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void aDefaultWithBackslashesIsStoredAsWritten(String standardConformingStrings) throws Exception {
        String written = "C:\\new\\ 'x' \\";
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_shelf", List.of("0001_library"), List.of(new AddColumn("author",
                Column.of("shelf", ColumnType.of(DataType.VARCHAR, 40), true).withDefaultValue(DefaultValue.string(written)))));

        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set standard_conforming_strings = " + standardConformingStrings);
            }
            assertThat(migrator().migrate(connection, null).applied()).containsExactly("0001_library", "0002_shelf");
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into author (name) values ('Ursula')");
            try (java.sql.ResultSet result = statement.executeQuery("select shelf from author")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo(written);
            }
        }
    }

    private static Operation edition() {
        return new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true));
    }

    private MigrateResult migrateRecordingCalls() throws Exception {
        try (Connection connection = database.connect()) {
            return migrator().migrate(recording(connection), null);
        }
    }

    private Map<String, HistoryRow> rows() throws Exception {
        try (Connection connection = database.connect()) {
            return new HistoryTable(HistoryTable.DEFAULT_NAME, Dialect.fromConnection(connection)).readAll(connection);
        }
    }

    /** The connection, recording the calls that send the migrations' statements and end their transactions. */
    private Connection recording(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                recordingHandler(connection, Connection.class));
    }

    private InvocationHandler recordingHandler(Object target, Class<?> type) {
        return (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("setEscapeProcessing")) {
                calls.add(name + " " + args[0]);
            }
            if (List.of("execute", "executeUpdate", "executeBatch", "commit", "rollback").contains(name)
                    && !(args != null && args.length == 1 && args[0] instanceof String sql && isRunBookkeeping(sql))) {
                calls.add(name);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement statement && !type.equals(Statement.class)) {
                Class<?> returned = method.getReturnType();
                return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {returned},
                        recordingHandler(statement, Statement.class));
            }
            return result;
        };
    }

    /** What a run sends before and after the migrations: the lock, the history table and its reads. */
    private static boolean isRunBookkeeping(String sql) {
        return sql.contains("migrate_history") && !sql.startsWith("insert") || sql.contains("advisory")
                || sql.contains("current_catalog") || sql.startsWith("set ") || sql.startsWith("reset ");
    }

    private Migrator migrator() {
        return new Migrator(new MigrationLoader(new MigrationReader()).load(new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + migrations))), HistoryTable.DEFAULT_NAME);
    }

    private void write(String id, List<String> dependsOn, List<Operation> operations) throws IOException {
        Files.writeString(migrations.resolve(id + ".xml"),
                new MigrationWriter().write(new MigrationDocument(dependsOn, operations)));
    }
}
