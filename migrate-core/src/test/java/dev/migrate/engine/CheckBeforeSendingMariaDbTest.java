package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.history.HistoryTable;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.xml.MigrationFileException;
import dev.migrate.xml.MigrationReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB commits DDL as it goes, so whatever can be known before SQL is sent is checked first: a
 * migration whose 4th operation cannot work fails before its 1st is sent, leaving no table and no
 * history row.
 */
class CheckBeforeSendingMariaDbTest {

    private static final String HEAD = "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">\n"
            + "  <createTable tableName=\"author\">\n"
            + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
            + "    <column name=\"name\" type=\"varchar(100)\"/>\n"
            + "  </createTable>\n"
            + "  <createTable tableName=\"book\">\n"
            + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
            + "    <column name=\"title\" type=\"varchar(100)\"/>\n"
            + "  </createTable>\n"
            + "  <createIndex tableName=\"author\" indexName=\"idx_name\"><column name=\"name\"/></createIndex>\n";

    @TempDir
    Path files;

    TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabases.create(DatabaseKind.MARIADB);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anIndexNamingAColumnTwiceFailsBeforeAnySqlIsSent() throws Exception {
        Files.writeString(files.resolve("0001_initial.xml"), HEAD
                + "  <createIndex tableName=\"book\" indexName=\"idx_title\">\n"
                + "    <column name=\"title\"/><column name=\"title\"/>\n"
                + "  </createIndex>\n"
                + "</migration>\n");

        Throwable failure = catchThrowable(this::migrate);

        assertThat(failure).isInstanceOf(MigrationFileException.class)
                .hasMessageContaining("0001_initial.xml line 11, column ")
                .hasMessageEndingWith("index idx_title names the column title twice");
        assertNothingWasSent();
    }

    @Test
    void anIndexNameAnotherTableHasFailsInTheReplayBeforeAnySqlIsSent() throws Exception {
        Files.writeString(files.resolve("0001_initial.xml"), HEAD
                + "  <createIndex tableName=\"book\" indexName=\"idx_name\"><column name=\"title\"/></createIndex>\n"
                + "</migration>\n");

        Throwable failure = catchThrowable(this::migrate);

        assertThat(failure).isInstanceOf(MigrationLoadException.class)
                .hasMessageStartingWith("Migration 0001_initial (")
                .hasMessageContaining("0001_initial.xml), operation 4 of 4 (Create index idx_name on book (title)):"
                        + " cannot add index idx_name on book: table author already has an index named idx_name");
        assertNothingWasSent();
    }

    private void migrate() throws SQLException {
        List<MigrationResource> resources = new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + files));
        Migrator migrator = new Migrator(new MigrationLoader(new MigrationReader()).load(resources),
                HistoryTable.DEFAULT_NAME);
        try (Connection connection = database.connect()) {
            migrator.migrate(connection);
        }
    }

    private void assertNothingWasSent() throws SQLException {
        try (Connection connection = database.connect();
                ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                        new String[] {"TABLE"})) {
            List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(names).doesNotContain("author", "book");
            if (names.contains(HistoryTable.DEFAULT_NAME)) {
                try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from migrate_history")) {
                    rows.next();
                    assertThat(rows.getInt(1)).as("history rows").isZero();
                }
            }
        }
    }
}
