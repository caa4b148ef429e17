package dev.migrate.engine;

import dev.migrate.testing.CheckExpressions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
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
abstract class MigratorDatabaseTestBase extends dev.migrate.testing.FreshDatabase {

    private static final MigrationReader READER = new MigrationReader();
    private static final MigrationWriter WRITER = new MigrationWriter();

    @TempDir
    Path migrations;


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
        // changed on purpose: repair records its new checksum, saying what it holds now
        try (Connection connection = database.connect()) {
            assertThat(migrator().repair(connection)).singleElement().asString()
                    .startsWith("Recorded the new checksum of 0001_library (")
                    .contains("its operations now are: Create table author; Create table book");
        }
        assertThat(status().get(0).state()).isEqualTo(MigrationState.APPLIED);

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
            // nothing was kept: repair checks that and forgets the failure; once the file is fixed it runs again
            try (Connection connection = database.connect()) {
                assertThat(migrator().repair(connection)).containsExactly("Removed the record of failed migration"
                        + " 0002_broken: none of its operations is in the database (checked); the next migrate runs it"
                        + " from the start.");
            }
            assertThat(status().get(1).state()).isEqualTo(MigrationState.PENDING);
            write("0002_broken", List.of("0001_library"), List.of(addColumn));
            assertThat(migrate(null).applied()).containsExactly("0002_broken");
            assertLiveSchemaMatchesFiles();
        } else {
            assertThat(columnKept).as("DDL committed as it went").isTrue();
            assertThat(operationsDone).isEqualTo(1);
            assertThatThrownBy(() -> migrate(null)).isInstanceOf(MigrationStateException.class)
                    .hasMessageContaining("Migration 0002_broken failed")
                    .hasMessageContaining("Checked against the database: its first 1 of 2 operation(s) are in it.")
                    .hasMessageContaining("Operation 2 changes no table")
                    .hasMessageContaining("run --migrate.command=repair")
                    .hasMessageContaining("runs the remaining operations 2 to 2");
            // the person fixed the file and ran repair, as the message says: it finishes the migration
            write("0002_broken", List.of("0001_library"),
                    List.of(addColumn, new SqlOperation(List.of("update book set edition = 1"), List.of())));
            try (Connection connection = database.connect()) {
                assertThat(migrator().repair(connection)).containsExactly("Finished 0002_broken: operations 1 to 1 of 2"
                        + " were in the database (checked), ran 2 to 2; it is recorded as applied.");
            }
            assertThat(migrate(null).applied()).isEmpty();
            assertThat(status().get(1).state()).isEqualTo(MigrationState.APPLIED);
            assertLiveSchemaMatchesFiles();
        }
    }

    /** Every operation is unapplied by migrate with an older target, and the database is the library again. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void goesBackThroughEveryOperation(String name, Operation operation) throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_change", List.of("0001_library"), List.of(operation));
        migrate(null);

        MigrateResult back = run(MigrateOptions.forwards("0001_library").withBackwardsAllowed(true)
                .withDataLossAllowed(true));

        assertThat(back.unapplied()).containsExactly("0002_change");
        assertThat(status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        if (operation instanceof DropColumn) {
            // a column added back comes last
            Schema live = liveSchema();
            assertThat(live.requireTable("book").columns()).extracting(Column::name)
                    .containsExactly("id", "title", "isbn", "author_id", "genre", "price");
        } else {
            assertLiveSchemaMatches(OperationFixtures.librarySchema());
        }
    }

    @Test
    void goesBackToATargetThenToZeroAndForwardsAgain() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable"),
                OperationFixtures.everyOperation().get("addColumn enum with default")));
        write("0003_type", List.of("0002_reader"), List.of(OperationFixtures.everyType()));
        migrate(null);
        MigrateOptions back = MigrateOptions.forwards("0001_library").withBackwardsAllowed(true);

        assertThat(plan(back).report()).startsWith("Planned:\n  Unapply 0003_type\n    - Undo 1: Drop table every_type\n")
                .contains("  Unapply 0002_reader\n    - Undo 2: Drop column status from author\n");
        assertThat(run(back).unapplied()).containsExactly("0003_type", "0002_reader");
        assertLiveSchemaMatches(OperationFixtures.librarySchema());

        assertThat(run(back.withFake(false)).unapplied()).isEmpty();
        assertThat(run(MigrateOptions.forwards("zero").withBackwardsAllowed(true)).unapplied())
                .containsExactly("0001_library");
        assertThat(liveSchema().tables()).isEmpty();
        assertThat(liveSchema().sequences()).isEmpty();
        assertThat(status()).extracting(MigrationStatus::state).containsOnly(MigrationState.PENDING);

        assertThat(migrate(null).applied()).containsExactly("0001_library", "0002_reader", "0003_type");
        assertLiveSchemaMatchesFiles();
    }

    @Test
    void whatCannotBeUndoneIsRefusedBeforeAnySqlIsSent() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_price", List.of("0001_library"), List.of(new DropColumn("book", "price")));
        write("0003_sql", List.of("0002_price"), List.of(new SqlOperation(List.of("update book set title = 'x'"),
                null), new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true))));
        migrate(null);
        Schema before = liveSchema();

        assertThatThrownBy(() -> run(MigrateOptions.forwards("zero").withBackwardsAllowed(true)))
                .isInstanceOf(MigrationStateException.class)
                .hasMessage("Cannot go back: nothing was changed.\n"
                        + "  Migration 0003_sql, operation 1 of 2 (Run SQL: update book set title = 'x') cannot be undone:"
                        + " it is SQL without a <rollback>\n"
                        + "  Migration 0002_price, operation 1 of 1 (Drop column price from book) cannot bring back the"
                        + " data it dropped: undoing it recreates it empty (allow that with"
                        + " --migrate.allow-data-loss=true)");
        assertThat(liveSchema()).isEqualTo(before);
        assertThat(status()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);

        assertThatThrownBy(() -> migrate("0001_library")).isInstanceOf(MigrationStateException.class)
                .hasMessageContaining("The target 0001_library is older than the applied state (0002_price, 0003_sql"
                        + " applied after it), and the start-up never unapplies migrations");
    }

    @Test
    void fakeRecordsWithoutRunningAndPlanChangesNothing() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));

        MigrationPlan plan = plan(MigrateOptions.forwards(null));
        assertThat(plan.migrations()).extracting(p -> p.migration().id()).containsExactly("0001_library", "0002_reader");
        assertThat(plan.report()).contains("  Apply 0002_reader\n    - Create table reader\n        create table ");
        try (Connection connection = database.connect()) {
            assertThat(new HistoryTable(HistoryTable.DEFAULT_NAME, dialect()).exists(connection))
                    .as("plan does not even create the history table").isFalse();
        }

        MigrateResult faked = run(MigrateOptions.forwards("0001_library").withFake(true));
        assertThat(faked.applied()).containsExactly("0001_library");
        assertThat(faked.faked()).containsExactly("0001_library");
        assertThat(liveSchema().tables()).isEmpty();
        assertThat(status()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING);

        assertThat(run(MigrateOptions.forwards("zero").withBackwardsAllowed(true).withFake(true)).unapplied())
                .containsExactly("0001_library");
        assertThat(status()).extracting(MigrationStatus::state).containsOnly(MigrationState.PENDING);
    }

    /**
     * The history's one read at every start, with and without a caller's transaction; in auto-commit
     * mode the database's own error tells a missing table, without a search of the catalog.
     */
    @Test
    void theHistoryIsReadOrNullWithoutTheTable() throws Exception {
        Dialect dialect = dialect();
        HistoryTable history = new HistoryTable(HistoryTable.DEFAULT_NAME, dialect);
        try (Connection connection = database.connect()) {
            // where the driver would warn of the failed read, the catalog is asked instead
            assertThat(history.readAllIfPresent(dialect.driverWarnsOfFailedQueries() ? connection
                    : withoutCatalog(connection))).isNull();
            connection.setAutoCommit(false);
            assertThat(history.readAllIfPresent(connection)).isNull();
            connection.rollback();
            connection.setAutoCommit(true);
        }
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));
        run(MigrateOptions.forwards(null));
        try (Connection connection = database.connect()) {
            assertThat(history.readAllIfPresent(connection)).containsOnlyKeys("0001_library", "0002_reader");
            connection.setAutoCommit(false);
            assertThat(history.readAllIfPresent(connection)).containsOnlyKeys("0001_library", "0002_reader");
            connection.rollback();
        }
    }

    /** Nothing on a new database's first start is a warning, the driver's included (MariaDB's logs failed queries). */
    @Test
    void aNewDatabasesFirstStartLogsNoWarning() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        Logger root = (Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        try {
            assertThat(run(MigrateOptions.forwards(null)).applied()).containsExactly("0001_library");
        } finally {
            root.detachAppender(lines);
        }
        assertThat(lines.list).filteredOn(line -> line.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        // the capture works: the run's own line is there
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.startsWith("Applied migration 0001_library"));
    }

    /** The connection, refusing to be asked for the catalog's metadata. */
    private static Connection withoutCatalog(Connection connection) {
        return dev.migrate.testing.Forwarding.except(Connection.class, connection, "getMetaData",
                (proxy, method, arguments) -> {
                    throw new AssertionError("the catalog was searched");
                });
    }

    /**
     * Enough files for other cores to parse them while the replay reads them, and to compute the
     * checksums while they are applied: the first broken file in order is still the one reported,
     * before any SQL is sent, and every row records its file's checksum.
     */
    @Test
    void manyFilesParsedOnSeveralCoresStopAtTheFirstBrokenOneBeforeAnySql() throws Exception {
        int count = 80;
        for (int i = 1; i <= count; i++) {
            write(manyId(i), i == 1 ? List.of() : List.of(manyId(i - 1)), List.of(new dev.migrate.operation.CreateTable(
                    "t_" + i, List.of(Column.of("id", ColumnType.of(DataType.BIGINT), false)), List.of("id"))));
        }
        Path early = migrations.resolve(manyId(23) + ".xml");
        Path late = migrations.resolve(manyId(71) + ".xml");
        String earlyText = Files.readString(early);
        String lateText = Files.readString(late);
        Files.writeString(early, earlyText.replace("bigint", "bigunt"));
        Files.writeString(late, lateText.replace("</createTable>", ""));

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> run(MigrateOptions.forwards(null)))
                    .hasMessageContaining(manyId(23) + ".xml line").hasMessageContaining("bigunt");
        }
        Files.writeString(early, earlyText);
        assertThatThrownBy(() -> run(MigrateOptions.forwards(null))).hasMessageContaining(manyId(71) + ".xml line");
        try (Connection connection = database.connect()) {
            assertThat(new HistoryTable(HistoryTable.DEFAULT_NAME, dialect()).readAll(connection))
                    .as("no row: no migration was run").isEmpty();
        }
        assertThat(liveSchema().tables()).isEmpty();

        Files.writeString(late, lateText);
        assertThat(run(MigrateOptions.forwards(null)).applied()).hasSize(count);
        Map<String, HistoryRow> rows;
        try (Connection connection = database.connect()) {
            rows = new HistoryTable(HistoryTable.DEFAULT_NAME, dialect()).readAll(connection);
        }
        for (Migration migration : migrator().migrations()) {
            assertThat(rows.get(migration.id()).checksum()).as(migration.id()).isEqualTo(migration.checksum());
            assertThat(rows.get(migration.id()).fileHash()).as(migration.id()).isEqualTo(migration.fileHash());
        }
        assertLiveSchemaMatchesFiles();
    }

    private static String manyId(int i) {
        return String.format("%04d_t%d", i, i);
    }

    /** A row's time is read as text and made an instant when asked: it must be the instant written. */
    @Test
    void aRowReadsBackTheInstantItWasWrittenWith() throws Exception {
        HistoryTable history = new HistoryTable(HistoryTable.DEFAULT_NAME, dialect());
        Instant winter = Instant.parse("2026-01-15T08:30:12.345Z");
        Instant summer = Instant.parse("2026-07-01T23:59:59.001Z");
        Instant whole = Instant.parse("2025-03-30T01:00:00Z");
        try (Connection connection = database.connect()) {
            history.create(connection);
            history.insert(connection, new HistoryRow("0001_a", "c1", "h1", winter, 7, true, 3, null));
            history.insert(connection, new HistoryRow("0002_b", "c2", null, summer, 0, false, 1, "boom"));
            history.insert(connection, new HistoryRow("0003_c", "c3", null, whole, 0, true, 0, null));
            Map<String, HistoryRow> rows = history.readAll(connection);
            assertThat(rows.get("0001_a").appliedAt()).isEqualTo(winter);
            assertThat(rows.get("0002_b").appliedAt()).isEqualTo(summer);
            assertThat(rows.get("0003_c").appliedAt()).isEqualTo(whole);
            assertThat(rows.get("0002_b")).isEqualTo(new HistoryRow("0002_b", "c2", null, summer, 0, false, 1, "boom"));
        }
    }

    @Test
    void sqlBackwardsShowsTheReverse() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));
        assertThat(migrator().sql("0002_reader", dialect(), true)).hasSize(1)
                .allSatisfy(sql -> assertThat(sql.toLowerCase()).startsWith("drop table"));
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
                        return migrator.migrate(connection);
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

    private void assertLiveSchemaMatches(Schema replayed) throws Exception {
        Schema expected = CheckExpressions.comparedByName(dialect().canonical(replayed));
        Schema live = CheckExpressions.comparedByName(liveSchema());
        assertThat(live).as("live schema vs expected:%n%s", String.join("\n", live.differencesFrom(expected)))
                .isEqualTo(expected);
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

    private MigrateResult run(MigrateOptions options) throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator().run(connection, options);
        }
    }

    private MigrationPlan plan(MigrateOptions options) throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator().plan(connection, options);
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
