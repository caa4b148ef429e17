package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryTable;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift on every database: none right after migrating, the exact lines for changes made by hand
 * with SQL, and neither pending files nor other tools' tables count.
 */
abstract class SchemaDriftTestBase {

    private static final MigrationReader READER = new MigrationReader();
    private static final MigrationWriter WRITER = new MigrationWriter();

    @TempDir
    Path migrations;

    TestDatabase database;

    abstract DatabaseKind kind();

    /** Adds book.note, drops book.price, makes book.title varchar(100), drops ix_book_title, creates notes. */
    abstract List<String> handMadeSchemaChanges();

    /**
     * Makes book.isbn not null, gives book.price the default 1, drops uk_book_isbn and
     * fk_book_author, drops the sequence book_seq, adds the check ck_by_hand on author.
     */
    abstract List<String> handMadeConstraintChanges();

    /** Creates Flyway's and Liquibase's tables as those tools name them on this database. */
    abstract List<String> otherToolsTables();

    /**
     * The session settings under which a backslash in a plain literal reads differently, each as the
     * statement that sets it; one blank entry where the database has none.
     */
    List<String> backslashSettings() {
        return List.of("");
    }

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

    @Test
    void noDriftRightAfterMigratingEveryTypeAndEnums() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        CreateTable everyType = OperationFixtures.everyType();
        // a table in the portable column order: each database creates it in Hibernate's order for
        // its own sizes, so column order must not count as drift
        CreateTable ordered = new CreateTable("every_type_ordered", Dialect.portableColumnOrder(everyType.columns()),
                everyType.primaryKey());
        write("0002_every_type", List.of("0001_library"), List.of(everyType, ordered,
                OperationFixtures.everyOperation().get("addColumn enum with default"),
                OperationFixtures.everyOperation().get("modifyDataType enum: a value added")));
        migrate();

        SchemaDrift drift = drift();
        assertThat(drift.differences()).isEmpty();
        assertThat(drift.isNone()).isTrue();
        assertThat(drift.appliedMigrations()).containsExactly("0001_library", "0002_every_type");
    }

    @Test
    void columnsTablesAndIndexesChangedByHand() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        migrate();
        database.execute(handMadeSchemaChanges().toArray(String[]::new));

        assertThat(drift().differences()).containsExactly(
                "Column book.title is varchar(100) in the database, varchar(200) in the migrations",
                "Column book.price is in the migrations but not in the database",
                "Column book.note is in the database but not in the migrations",
                "Index book.ix_book_title is in the migrations but not in the database",
                "Table notes is in the database but not in the migrations");
    }

    @Test
    void constraintsDefaultsAndSequencesChangedByHand() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        migrate();
        database.execute(handMadeConstraintChanges().toArray(String[]::new));

        assertThat(drift().differences()).containsExactly(
                "Check constraint author.ck_by_hand is in the database but not in the migrations",
                "Column book.isbn is not null in the database, nullable in the migrations",
                "Column book.price has default 1 in the database, default 0 in the migrations",
                "Unique constraint book.uk_book_isbn is in the migrations but not in the database",
                "Foreign key book.fk_book_author is in the migrations but not in the database",
                "Sequence book_seq is in the migrations but not in the database");
    }

    /**
     * Text defaults with backslashes, quotes, a line break and a tab, applied and read back under each
     * of the database's backslash settings: each column gets what was written, and none is drift.
     */
    @Test
    void textDefaultsWithBackslashesAreStoredAndReadAsWritten() throws Exception {
        List<String> texts = List.of("C:\\new\\", "it's", "x\\'y", "two\nlines\tand a tab", "\\\\server\\share",
                "\\0 \\n \\Z \\%");
        String previous = null;
        int number = 0;
        for (String setting : backslashSettings()) {
            number++;
            String table = "texts_" + number;
            List<Column> columns = new ArrayList<>();
            columns.add(Column.of("id", ColumnType.of(DataType.INTEGER), false));
            for (int i = 0; i < texts.size(); i++) {
                columns.add(Column.of("text_" + i, ColumnType.of(DataType.VARCHAR, 40), true)
                        .withDefaultValue(DefaultValue.string(texts.get(i))));
            }
            String id = "000" + number + "_" + table;
            write(id, previous == null ? List.of() : List.of(previous), List.of(new CreateTable(table, columns, List.of("id"))));
            previous = id;
            try (Connection connection = database.connect()) {
                if (!setting.isBlank()) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(setting);
                    }
                }
                new Migrator(load(), HistoryTable.DEFAULT_NAME).migrate(connection);
                assertThat(SchemaDrift.read(connection, load(), HistoryTable.DEFAULT_NAME).differences())
                        .as(setting).isEmpty();
                Dialect dialect = Dialect.fromConnection(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("insert into " + dialect.quote(table) + " (" + dialect.quote("id") + ") values (1)");
                    try (ResultSet row = statement.executeQuery("select * from " + dialect.quote(table))) {
                        assertThat(row.next()).isTrue();
                        for (int i = 0; i < texts.size(); i++) {
                            assertThat(row.getString(i + 2)).as(setting + ": text_" + i).isEqualTo(texts.get(i));
                        }
                    }
                }
            }
        }
    }

    @Test
    void pendingMigrationsAreNotDrift() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        migrate();
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));

        SchemaDrift drift = drift();
        assertThat(drift.differences()).isEmpty();
        assertThat(drift.appliedMigrations()).containsExactly("0001_library");
    }

    @Test
    void otherToolsTablesAreNotDrift() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        migrate();
        database.execute(otherToolsTables().toArray(String[]::new));

        assertThat(drift().differences()).isEmpty();
    }

    @Test
    void withoutAHistoryTableEveryTableIsDrift() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        database.execute("create table notes (id int primary key)");

        SchemaDrift drift = drift();
        assertThat(drift.appliedMigrations()).isEmpty();
        assertThat(drift.differences()).containsExactly("Table notes is in the database but not in the migrations");
    }

    @Test
    void onlyTheExpectedObjectsWhenAskedSo() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        migrate();
        database.execute(handMadeSchemaChanges().toArray(String[]::new));
        try (Connection connection = database.connect()) {
            Dialect dialect = Dialect.fromConnection(connection);
            var live = new dev.migrate.introspect.SchemaIntrospector().read(connection,
                    java.util.Set.of(HistoryTable.DEFAULT_NAME));
            var author = OperationFixtures.librarySchema().withoutTable("book").withoutSequence("book_seq");
            assertThat(SchemaDrift.differencesInExpectedObjects(author, live, dialect)).isEmpty();
            assertThat(SchemaDrift.differences(author, live, dialect)).contains(
                    "Table book is in the database but not in the migrations",
                    "Table notes is in the database but not in the migrations",
                    "Sequence book_seq is in the database but not in the migrations");
        }
    }

    private SchemaDrift drift() throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaDrift.read(connection, load(), HistoryTable.DEFAULT_NAME);
        }
    }

    private void migrate() throws SQLException {
        try (Connection connection = database.connect()) {
            new Migrator(load(), HistoryTable.DEFAULT_NAME).migrate(connection);
        }
    }

    private List<Migration> load() {
        List<MigrationResource> files = new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + migrations));
        return new MigrationLoader(READER).load(files);
    }

    private void write(String id, List<String> dependsOn, List<Operation> operations) throws IOException {
        Files.writeString(migrations.resolve(id + ".xml"),
                WRITER.write(new MigrationDocument(dependsOn, new ArrayList<>(operations))));
    }
}
