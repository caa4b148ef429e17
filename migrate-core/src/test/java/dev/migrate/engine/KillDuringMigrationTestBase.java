package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real migrating process killed with {@code kill -9} while operation 2 of 3 (an index on a table of
 * many rows) runs. Afterwards the database and the history table tell the same story: where DDL is
 * transactional nothing of the migration is kept and the next run applies it whole; elsewhere the
 * row says which operation was running, the next run is refused saying what is in the database
 * (read from it, whether the statement in flight completed or not), and repair, as the message
 * advises, finishes the migration.
 */
abstract class KillDuringMigrationTestBase {

    private static final int ROWS = 300_000;

    @TempDir
    Path migrations;

    abstract DatabaseKind kind();

    /** SQL that fills slow_t with {@link #ROWS} rows. */
    abstract String fill();

    @Test
    void aProcessKilledDuringAnOperationLeavesAnHonestRecordThatRepairFinishes() throws Exception {
        MigrationWriter writer = new MigrationWriter();
        ColumnType text = ColumnType.of(DataType.VARCHAR, 100);
        Files.writeString(migrations.resolve("0001_slow.xml"), writer.write(new MigrationDocument(List.of(), List.of(
                new CreateTable("slow_t", List.of(Column.of("id", ColumnType.of(DataType.BIGINT), false),
                        Column.of("v", text, true), Column.of("w", text, true)), List.of("id")),
                new SqlOperation(List.of(fill()), List.of("delete from slow_t"))))));
        Files.writeString(migrations.resolve("0002_index.xml"), writer.write(new MigrationDocument(
                List.of("0001_slow"), List.of(
                        new CreateTable("other_t", List.of(Column.of("id", ColumnType.of(DataType.BIGINT), false)),
                                List.of("id")),
                        new CreateIndex("slow_t", new Index("ix_slow_v_w", false,
                                List.of(IndexColumn.asc("v"), IndexColumn.asc("w"), IndexColumn.asc("id")))),
                        new AddColumn("other_t", Column.of("x", ColumnType.of(DataType.INTEGER), true))))));
        try (TestDatabase database = TestDatabases.create(kind())) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), MigrateMain.class.getName(), database.url(),
                    database.user(), database.password() == null ? "" : database.password(), migrations.toString())
                    .redirectErrorStream(true).redirectOutput(migrations.resolve("child.log").toFile()).start();
            try {
                waitUntilOperationTwoRuns(database, process);
                process.destroyForcibly();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                process.destroyForcibly();
            }

            if (kind() == DatabaseKind.POSTGRES) {
                assertThat(migrate(database).applied()).as("rolled back, so applied whole").containsExactly("0002_index");
            } else {
                assertThatThrownBy(() -> migrate(database)).isInstanceOf(MigrationStateException.class)
                        .hasMessageContaining("Migration 0002_index was interrupted")
                        .hasMessageContaining("running operation 2 of 3 (Create index ix_slow_v_w on slow_t")
                        .hasMessageContaining("Checked against the database: its first ")
                        .hasMessageContaining("run --migrate.command=repair");
                try (Connection connection = database.connect()) {
                    assertThat(migrator().repair(connection)).singleElement().asString()
                            .startsWith("Finished 0002_index: operations 1 to ").endsWith("it is recorded as applied.");
                }
                assertThat(migrate(database).applied()).isEmpty();
            }
            assertThat(migrator().status(database.connect())).extracting(MigrationStatus::state)
                    .containsOnly(MigrationState.APPLIED);
            try (Connection connection = database.connect()) {
                Schema live = new SchemaIntrospector().read(connection, Set.of(HistoryTable.DEFAULT_NAME));
                assertThat(SchemaDrift.differences(SchemaReplay.of(migrator().migrations()), live,
                        Dialect.fromConnection(connection))).isEmpty();
            }
        }
    }

    private static void waitUntilOperationTwoRuns(TestDatabase database, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            assertThat(process.isAlive()).as("the migrating process ended before operation 2").isTrue();
            assertThat(System.nanoTime()).as("operation 2 never started").isLessThan(deadline);
            if (operationTwoRecordedAsRunning(database)) {
                return;
            }
            if (database.kind() == DatabaseKind.POSTGRES && operationTwoRunsOnPostgres(database)) {
                return;
            }
            Thread.sleep(20);
        }
    }

    /**
     * Whether the history row says operation 2 runs. Read as the start reads it, so that polling before
     * the table exists sends no failing query on MariaDB, whose driver logs each as a warning.
     */
    private static boolean operationTwoRecordedAsRunning(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            Map<String, HistoryRow> rows = new HistoryTable(HistoryTable.DEFAULT_NAME, Dialect.fromConnection(connection))
                    .readAllIfPresent(connection);
            HistoryRow row = rows == null ? null : rows.get("0002_index");
            return row != null && row.failure() != null && row.failure().startsWith("running operation 2 of 3");
        } catch (java.sql.SQLException notYet) {
            // a connection or query that failed while the server is busy: look again
            return false;
        }
    }

    /** PostgreSQL keeps the row in the migration's transaction: the running statement shows in pg_stat_activity. */
    private static boolean operationTwoRunsOnPostgres(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from pg_stat_activity where datname = '"
                        + database.name() + "' and query like 'create index%' and state = 'active'")) {
            return row.next() && row.getInt(1) > 0;
        }
    }

    private MigrateResult migrate(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return migrator().migrate(connection);
        }
    }

    private Migrator migrator() {
        return new Migrator(new MigrationLoader(new MigrationReader()).load(new MigrationScanner(
                getClass().getClassLoader()).scan(List.of("filesystem:" + migrations))), HistoryTable.DEFAULT_NAME);
    }
}
