package dev.migrate.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.engine.Migrate;
import dev.migrate.engine.MigrateConfiguration;
import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationException;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.SchemaDrift;
import dev.migrate.history.HistoryTable;
import dev.migrate.testing.FreshDatabase;
import dev.migrate.xml.MigrationReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online forms ({@code online="true"}) on every database: they apply, and give the schema the
 * usual forms give; on PostgreSQL a failure part-way leaves an honest history and nothing behind, so
 * that a retry works; {@code migrate.lock-timeout} makes a migration waiting for a lock fail fast.
 */
public abstract class OnlineFormsTestBase extends FreshDatabase {

    @TempDir
    Path directory;

    static final String NS = "<migration xmlns=\"https://migrate.dev/xml/migration/1.0\">\n";

    static final String TABLES = NS
            + "  <createTable tableName=\"author\">\n"
            + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
            + "  </createTable>\n"
            + "  <createTable tableName=\"book\">\n"
            + "    <column name=\"id\" type=\"bigint\"><constraints primaryKey=\"true\" nullable=\"false\"/></column>\n"
            + "    <column name=\"author_id\" type=\"bigint\"/>\n"
            + "    <column name=\"isbn\" type=\"varchar(20)\"/>\n"
            + "    <column name=\"pages\" type=\"integer\"/>\n"
            + "  </createTable>\n"
            + "  <sql><statement>insert into author (id) values (1)</statement>"
            + "<statement>insert into book (id, author_id, isbn, pages) values (1, 1, 'a', 10)</statement>"
            + "<statement>insert into book (id, author_id, isbn, pages) values (2, 1, 'b', 20)</statement></sql>\n"
            + "</migration>\n";

    static final String ONLINE = NS + "  <dependsOn>0001_tables</dependsOn>\n"
            + "  <createIndex tableName=\"book\" indexName=\"book_pages_idx\" online=\"true\">"
            + "<column name=\"pages\"/></createIndex>\n"
            + "  <addUniqueConstraint tableName=\"book\" constraintName=\"book_isbn_uk\" columnNames=\"isbn\""
            + " online=\"true\"/>\n"
            + "  <addForeignKeyConstraint baseTableName=\"book\" baseColumnNames=\"author_id\""
            + " constraintName=\"book_author_fk\" referencedTableName=\"author\" referencedColumnNames=\"id\""
            + " online=\"true\"/>\n"
            + "  <addCheckConstraint tableName=\"book\" constraintName=\"book_pages_check\" online=\"true\">"
            + "pages &gt; 0</addCheckConstraint>\n"
            + "  <addNotNullConstraint tableName=\"book\" columnName=\"isbn\" online=\"true\"/>\n"
            + "</migration>\n";

    @Test
    void theOnlineFormsApplyAndGiveTheSameSchema() throws Exception {
        write("0001_tables", TABLES);
        write("0002_online", ONLINE);

        assertThat(migrate(null).migrate(MigrateOptions.forwards(null)).applied())
                .containsExactly("0001_tables", "0002_online");

        try (Connection connection = database.connect()) {
            SchemaDrift drift = SchemaDrift.read(connection, migrations(), HistoryTable.DEFAULT_NAME);
            assertThat(drift.differences()).isEmpty();
            assertThat(operationsDone(connection, "0002_online")).isEqualTo(5);
        }
        // and back again, in one transaction where DDL is transactional
        migrate(null).migrate(MigrateOptions.forwards("0001_tables").withBackwardsAllowed(true));
        try (Connection connection = database.connect()) {
            assertThat(SchemaDrift.read(connection, migrations(), HistoryTable.DEFAULT_NAME).differences()).isEmpty();
        }
    }

    /** Where the database has a lock timeout: a migration waiting for a lock fails fast, and works once it is free. */
    void aLockTimeoutMakesAMigrationWaitingForALockFailFast() throws Exception {
        write("0001_tables", TABLES);
        migrate(null).migrate(MigrateOptions.forwards(null));
        write("0002_column", NS + "  <dependsOn>0001_tables</dependsOn>\n"
                + "  <addColumn tableName=\"book\"><column name=\"title\" type=\"varchar(50)\"/></addColumn>\n"
                + "</migration>\n");
        Migrate migrate = migrate(Duration.ofMillis(300));
        try (Connection holder = database.connect()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                // a long transaction that has read the table: ALTER TABLE waits for it
                statement.execute(holdLock());
                long start = System.nanoTime();
                assertThatThrownBy(() -> migrate.migrate(MigrateOptions.forwards(null)))
                        .isInstanceOf(MigrationException.class).hasMessageContaining("Add column title to book");
                long waited = (System.nanoTime() - start) / 1_000_000;
                System.out.println(kind() + ": the migration waiting for a lock failed after " + waited + " ms");
                assertThat(waited).as("failed fast, not after the database's default wait").isLessThan(30_000);
            }
            holder.rollback();
        }
        if (!dialect().supportsTransactionalDdl()) {
            migrate.repair();
        }
        assertThat(migrate.migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0002_column");
    }

    /** A statement that, in an open transaction, keeps the table from being altered. */
    abstract String holdLock();

    Migrate migrate(Duration lockTimeout) {
        return new Migrate(MigrateConfiguration.of(dataSource(), migrations()).withLockTimeout(lockTimeout));
    }

    List<Migration> migrations() {
        return new MigrationLoader(new MigrationReader()).load(new MigrationScanner(getClass().getClassLoader())
                .scan(List.of("filesystem:" + directory)));
    }

    void write(String id, String xml) throws IOException {
        Files.writeString(directory.resolve(id + ".xml"), xml);
    }

    static int operationsDone(Connection connection, String id) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "select operations_done from migrate_history where id = '" + id + "'")) {
            assertThat(row.next()).isTrue();
            return row.getInt(1);
        }
    }

    Dialect dialect() throws SQLException {
        try (Connection connection = database.connect()) {
            return Dialect.fromConnection(connection);
        }
    }

    /** Connections from the test database. */
    DataSource dataSource() {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return database.connect();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return database.connect();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
