package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.DataMigration;
import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryTable;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.JavaOperation;
import dev.migrate.operation.Operation;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.testing.DatabaseKind;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <sql dbms>} and {@code <java>} data migrations, on every database. */
abstract class DataMigrationDatabaseTestBase extends dev.migrate.testing.FreshDatabase {

    private static final MigrationReader READER = new MigrationReader();
    private static final MigrationWriter WRITER = new MigrationWriter();
    private static final String PREFIX = DataMigrationDatabaseTestBase.class.getName() + "$";

    static final AtomicInteger MADE = new AtomicInteger();

    @TempDir
    Path migrations;


    /** Numbers every row of note: n = id * 10. */
    public static class Number implements DataMigration {
        @Override
        public void forward(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update note set n = id * 10");
            }
        }

        @Override
        public void backward(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update note set n = null");
            }
        }
    }

    /** Changes a row, then fails: the change must not stay. */
    public static class FailHalfWay implements DataMigration {
        @Override
        public void forward(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update note set body = 'changed'");
            }
            throw new IllegalStateException("no ISBN for book 7");
        }
    }

    /** Cannot be reversed: it does not override backward. */
    public static class OneWay implements DataMigration {
        public OneWay() {
            MADE.incrementAndGet();
        }

        @Override
        public void forward(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into note (id, body) values (3, 'one way')");
            }
        }
    }

    /** Not a data migration. */
    public static class NotOne {
    }

    private static List<Operation> notes() {
        return List.of(new CreateTable("note", List.of(Column.of("id", ColumnType.of(DataType.INTEGER), false),
                Column.of("body", ColumnType.of(DataType.VARCHAR, 100), true)), List.of("id")),
                new SqlOperation(List.of("insert into note (id, body) values (1, 'a')",
                        "insert into note (id, body) values (2, 'b')"), List.of()));
    }

    private static AddColumn addN() {
        return new AddColumn("note", Column.of("n", ColumnType.of(DataType.INTEGER), true));
    }

    @Test
    void sqlRunsOnlyOnTheDatabasesItsDbmsNames() throws Exception {
        write("0001_notes", List.of(), notes());
        write("0002_by_database", List.of("0001_notes"), List.of(
                insert(10, "postgresql", List.of("postgresql")),
                insert(11, "mariadb", List.of("mariadb")),
                insert(12, "h2", List.of("h2")),
                insert(13, "mysql or h2", List.of("mysql", "h2")),
                insert(14, "everywhere", List.of())));
        String name = dialect().name();

        assertThat(migrate().applied()).containsExactly("0001_notes", "0002_by_database");

        List<String> expected = new ArrayList<>(List.of("a", "b"));
        expected.add(name);
        if (!name.equals("postgresql")) {
            expected.add("mysql or h2");
        }
        expected.add("everywhere");
        assertThat(bodies()).containsExactlyElementsOf(expected);
        assertThat(historyOperationsDone("0002_by_database")).isEqualTo(5);
        List<String> sql = migrator(null).sql("0002_by_database", dialect());
        assertThat(sql).hasSize(name.equals("postgresql") ? 2 : 3).allMatch(s -> s.startsWith("insert"));
    }

    @Test
    void aJavaMigrationRunsOnTheMigrationsConnection() throws Exception {
        write("0001_notes", List.of(), notes());
        write("0002_number", List.of("0001_notes"), List.of(addN(), new JavaOperation(PREFIX + "Number", "1")));

        assertThat(plan().report()).contains("    - Run Java: " + PREFIX + "Number (version 1)\n"
                + "        -- runs Java: " + PREFIX + "Number\n");
        assertThat(migrator(null).sql("0002_number", dialect())).last().isEqualTo("-- runs Java: " + PREFIX + "Number");
        assertThat(migrate().applied()).containsExactly("0001_notes", "0002_number");

        assertThat(numbers()).containsExactly(10, 20);
        assertThat(historyOperationsDone("0002_number")).isEqualTo(2);

        // reversible: going back runs backward, then drops the column
        assertThat(run(MigrateOptions.forwards("0001_notes").withBackwardsAllowed(true)).unapplied())
                .containsExactly("0002_number");
        assertThat(bodies()).containsExactly("a", "b");
    }

    @Test
    void aJavaMigrationThatFailsHalfWayLeavesAnHonestHistory() throws Exception {
        write("0001_notes", List.of(), notes());
        write("0002_broken", List.of("0001_notes"), List.of(addN(), new JavaOperation(PREFIX + "FailHalfWay", null)));

        assertThatThrownBy(this::migrate).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Migration 0002_broken failed at operation 2 of 2 (Run Java: " + PREFIX
                        + "FailHalfWay)")
                .hasMessageContaining("Java: " + PREFIX + "FailHalfWay.forward")
                .hasMessageContaining("Error: java.lang.IllegalStateException: no ISBN for book 7")
                .satisfies(e -> assertThat(e.getCause()).hasMessage("no ISBN for book 7"));

        assertThat(bodies()).as("the data migration's own change is rolled back").containsExactly("a", "b");
        MigrationStatus failed = status().get(1);
        assertThat(failed.state()).isEqualTo(MigrationState.FAILED);
        assertThat(failed.failure()).contains("Operation 2 of 2").contains("no ISBN for book 7");
        boolean columnKept = columns().contains("n");
        if (dialect().supportsTransactionalDdl()) {
            assertThat(columnKept).as("rolled back with the migration").isFalse();
            assertThat(historyOperationsDone("0002_broken")).isZero();
        } else {
            assertThat(columnKept).as("DDL committed as it went").isTrue();
            assertThat(historyOperationsDone("0002_broken")).isEqualTo(1);
        }
    }

    @Test
    void goingBackOverAJavaMigrationWithoutBackwardIsRefusedBeforeAnythingRuns() throws Exception {
        write("0001_notes", List.of(), notes());
        write("0002_one_way", List.of("0001_notes"), List.of(
                new SqlOperation(List.of("update note set body = 'x'"), List.of("update note set body = 'y'")),
                new JavaOperation(PREFIX + "OneWay", null)));
        migrate();

        assertThatThrownBy(() -> run(MigrateOptions.forwards("0001_notes").withBackwardsAllowed(true)))
                .isInstanceOf(MigrationStateException.class)
                .hasMessageContaining("Cannot go back: nothing was changed.")
                .hasMessageContaining("Migration 0002_one_way, operation 2 of 2 (Run Java: " + PREFIX + "OneWay)"
                        + " cannot be undone: its class " + PREFIX + "OneWay does not override DataMigration.backward");
        assertThat(bodies()).containsExactly("x", "x", "one way");
        assertThat(status()).extracting(MigrationStatus::state).containsExactly(MigrationState.APPLIED,
                MigrationState.APPLIED);
    }

    @Test
    void aMissingOrWrongClassFailsBeforeAnySqlIsSent() throws Exception {
        write("0001_notes", List.of(), notes());
        migrate();
        for (String className : List.of("com.example.NoSuchMigration", PREFIX + "NotOne")) {
            write("0002_data", List.of("0001_notes"), List.of(
                    new SqlOperation(List.of("delete from note"), List.of()), new JavaOperation(className, null)));

            assertThatThrownBy(this::migrate).isInstanceOf(MigrationLoadException.class)
                    .hasMessageContaining("Migration 0002_data (")
                    .hasMessageContaining("0002_data.xml), operation 2 of 2 (Run Java: " + className + "): class "
                            + className)
                    .hasMessageContaining(className.contains("NoSuch") ? "is not on the class path"
                            : "does not implement dev.migrate.DataMigration");
            assertThat(bodies()).containsExactly("a", "b");
            assertThat(status().get(1).state()).isEqualTo(MigrationState.PENDING);
        }
    }

    @Test
    void theFactoryMakesTheInstances() throws Exception {
        write("0001_notes", List.of(), notes());
        write("0002_one_way", List.of("0001_notes"), List.of(new JavaOperation(PREFIX + "OneWay", null)));
        List<Class<?>> asked = new ArrayList<>();
        try (Connection connection = database.connect()) {
            migrator(type -> {
                asked.add(type);
                return DataMigrations.newInstance(type);
            }).migrate(connection);
        }
        assertThat(asked).containsExactly(OneWay.class);
        assertThat(bodies()).containsExactly("a", "b", "one way");
    }

    private static SqlOperation insert(int id, String body, List<String> dbms) {
        return new SqlOperation(List.of("insert into note (id, body) values (" + id + ", '" + body + "')"), List.of(),
                dbms);
    }

    private List<String> bodies() throws SQLException {
        List<String> bodies = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select body from note order by id")) {
            while (rows.next()) {
                bodies.add(rows.getString(1));
            }
        }
        return bodies;
    }

    private List<Integer> numbers() throws SQLException {
        List<Integer> numbers = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select n from note order by id")) {
            while (rows.next()) {
                numbers.add(rows.getInt(1));
            }
        }
        return numbers;
    }

    private List<String> columns() throws SQLException {
        try (Connection connection = database.connect()) {
            return new dev.migrate.introspect.SchemaIntrospector().read(connection, java.util.Set.of(
                    HistoryTable.DEFAULT_NAME)).requireTable("note").columns().stream().map(Column::name).toList();
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

    private MigrateResult migrate() throws SQLException {
        return run(MigrateOptions.forwards(null));
    }

    private MigrateResult run(MigrateOptions options) throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator(null).run(connection, options);
        }
    }

    private MigrationPlan plan() throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator(null).plan(connection, MigrateOptions.forwards(null));
        }
    }

    private List<MigrationStatus> status() throws SQLException {
        try (Connection connection = database.connect()) {
            return migrator(null).status(connection);
        }
    }

    private Migrator migrator(Function<Class<? extends DataMigration>, DataMigration> factory) {
        List<MigrationResource> files = new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + migrations));
        return new Migrator(new MigrationLoader(READER).load(files), HistoryTable.DEFAULT_NAME, factory);
    }

    private void write(String id, List<String> dependsOn, List<Operation> operations) throws IOException {
        Files.writeString(migrations.resolve(id + ".xml"), WRITER.write(new MigrationDocument(dependsOn, operations)));
    }
}
