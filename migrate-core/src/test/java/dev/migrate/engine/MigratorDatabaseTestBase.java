package dev.migrate.engine;

import dev.migrate.testing.CheckExpressions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.Operation;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Schema;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same cases on every database: migration files written by the writer, loaded, applied, and
 * the live schema read back must equal the schema the files replay to (in the form that database
 * can store it).
 */
abstract class MigratorDatabaseTestBase {

    private static final MigrationReader READER = new MigrationReader();
    private static final MigrationWriter WRITER = new MigrationWriter();

    @TempDir
    Path migrations;

    TestDatabase database;

    abstract DatabaseKind kind();

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.create(kind());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    static Stream<Arguments> everyOperation() {
        return OperationFixtures.everyOperation().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void appliesEveryOperationAndItsReverse(String name, Operation operation) throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_change", List.of("0001_library"), List.of(operation));
        assertThat(migrate(null).applied()).containsExactly("0001_library", "0002_change");
        assertLiveSchemaMatchesFiles();

        List<Operation> reverse = operation.reverse(OperationFixtures.librarySchema()).orElseThrow();
        if (!reverse.isEmpty()) {
            write("0003_undo", List.of("0002_change"), reverse);
            assertThat(migrate(null).applied()).containsExactly("0003_undo");
            assertLiveSchemaMatchesFiles();
        }
        if (!(operation instanceof DropColumn) && !(operation instanceof SqlOperation)) {
            assertThat(CheckExpressions.comparedByName(liveSchema())).as("the reverse of %s restores the library", name)
                    .isEqualTo(CheckExpressions.comparedByName(dialect().canonical(OperationFixtures.librarySchema())));
        }
    }

    @Test
    void aSecondRunAppliesNothingAndTheTargetStopsEarly() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));
        assertThat(migrate("0001_library").applied()).containsExactly("0001_library");
        MigrateResult rest = migrate(null);
        assertThat(rest.applied()).containsExactly("0002_reader");
        assertThat(rest.alreadyApplied()).isEqualTo(1);
        assertThat(migrate(null).applied()).isEmpty();
        assertThat(status()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED,
                MigrationState.APPLIED);
    }

    @Test
    void reportsPendingChangedAndMissingMigrations() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));
        migrate("0001_library");
        assertThat(status()).extracting(MigrationStatus::id, MigrationStatus::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0001_library", MigrationState.APPLIED),
                org.assertj.core.groups.Tuple.tuple("0002_reader", MigrationState.PENDING));

        write("0001_library", List.of(), OperationFixtures.library().subList(0, 2));
        assertThat(status().get(0).state()).isEqualTo(MigrationState.CHANGED);
        assertThatThrownBy(() -> migrate(null)).isInstanceOf(MigrationStateException.class)
                .hasMessageContaining("0001_library.xml").hasMessageContaining("changed after they were applied");

        Files.delete(migrations.resolve("0002_reader.xml"));
        Files.delete(migrations.resolve("0001_library.xml"));
        write("0001_other", List.of(), OperationFixtures.library());
        assertThat(status()).extracting(MigrationStatus::id, MigrationStatus::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0001_other", MigrationState.PENDING),
                org.assertj.core.groups.Tuple.tuple("0001_library", MigrationState.MISSING));
    }

    /**
     * A migration whose second operation fails: the exception names the migration, the operation,
     * the SQL and the database's error, and the database and the history table agree on what happened.
     */
    @Test
    void aFailedMigrationIsReportedExactly() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        AddColumn addColumn = new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true));
        write("0002_broken", List.of("0001_library"),
                List.of(addColumn, new SqlOperation(List.of("insert into no_such_table values (1)"), List.of())));

        assertThatThrownBy(() -> migrate(null)).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Migration 0002_broken failed at operation 2 of 2 (Run SQL: insert into no_such_table")
                .hasMessageContaining("SQL: insert into no_such_table values (1)")
                .hasMessageContaining("Database error: ")
                .satisfies(e -> assertThat(((MigrationException) e).migrationId()).isEqualTo("0002_broken"));

        MigrationStatus failed = status().get(1);
        assertThat(failed.state()).isEqualTo(MigrationState.FAILED);
        assertThat(failed.failure()).contains("Operation 2 of 2").contains("no_such_table");
        boolean columnKept = liveSchema().requireTable("book").column("edition").isPresent();
        int operationsDone = historyOperationsDone("0002_broken");
        if (dialect().supportsTransactionalDdl()) {
            assertThat(columnKept).as("rolled back").isFalse();
            assertThat(operationsDone).isZero();
            // nothing was kept, so once the file is fixed the migration simply runs again
            write("0002_broken", List.of("0001_library"), List.of(addColumn));
            assertThat(migrate(null).applied()).containsExactly("0002_broken");
            assertLiveSchemaMatchesFiles();
        } else {
            assertThat(columnKept).as("DDL committed as it went").isTrue();
            assertThat(operationsDone).isEqualTo(1);
            assertThatThrownBy(() -> migrate(null)).isInstanceOf(MigrationStateException.class)
                    .hasMessageContaining("Migration 0002_broken failed")
                    .hasMessageContaining("Its first 1 of 2 operation(s) are in the database")
                    .hasMessageContaining("delete from migrate_history where id = '0002_broken'")
                    .hasMessageContaining("update migrate_history set success = true, failure = null where id = "
                            + "'0002_broken'");
            // the person finished the rest by hand and marked it applied, as the message says: the run goes on
            database.execute("update migrate_history set success = true, failure = null where id = '0002_broken'");
            assertThat(migrate(null).applied()).isEmpty();
            assertThat(status().get(1).state()).isEqualTo(MigrationState.APPLIED);
        }
    }

    @Test
    void concurrentRunsApplyEachMigrationOnce() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));
        Migrator migrator = migrator();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<MigrateResult>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Callable<MigrateResult> run = () -> {
                    try (Connection connection = database.connect()) {
                        return migrator.migrate(connection, null);
                    }
                };
                runs.add(pool.submit(run));
            }
            List<String> applied = new ArrayList<>();
            for (Future<MigrateResult> run : runs) {
                applied.addAll(run.get().applied());
            }
            assertThat(applied).containsExactlyInAnyOrder("0001_library", "0002_reader");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sqlShowsWhatAMigrationSends() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        List<String> sql = migrator().sql("0001_library", dialect());
        assertThat(sql).isNotEmpty();
        assertThat(sql.get(0).toLowerCase()).startsWith("create table");
    }

    private void assertLiveSchemaMatchesFiles() throws Exception {
        Schema expected = CheckExpressions.comparedByName(dialect().canonical(SchemaReplay.of(migrator().migrations())));
        Schema live = CheckExpressions.comparedByName(liveSchema());
        assertThat(live).as("live schema vs files:%n%s", String.join("\n", live.differencesFrom(expected)))
                .isEqualTo(expected);
    }

    private Schema liveSchema() throws SQLException {
        try (Connection connection = database.connect()) {
            return new SchemaIntrospector().read(connection, Set.of(HistoryTable.DEFAULT_NAME));
        }
    }

    private Dialect dialect() throws SQLException {
        try (Connection connection = database.connect()) {
            return Dialect.fromConnection(connection);
        }
    }

    private int historyOperationsDone(String id) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select operations_done from migrate_history where id = '" + id + "'")) {
            assertThat(result.next()).as("history row of %s", id).isTrue();
            return result.getInt(1);
        }
    }

    private MigrateResult migrate(String target) throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator().migrate(connection, target);
        }
    }

    private List<MigrationStatus> status() throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator().status(connection);
        }
    }

    private Migrator migrator() {
        List<MigrationResource> files = new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + migrations));
        return new Migrator(new MigrationLoader(READER).load(files), HistoryTable.DEFAULT_NAME);
    }

    private void write(String id, List<String> dependsOn, List<Operation> operations) throws IOException {
        Files.writeString(migrations.resolve(id + ".xml"), WRITER.write(new MigrationDocument(dependsOn, operations)));
    }
}
