package dev.migrate.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.MigrationException;
import dev.migrate.engine.SchemaDrift;
import dev.migrate.history.HistoryTable;
import dev.migrate.testing.DatabaseKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnlineFormsPostgresTest extends OnlineFormsTestBase {

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Override
    String holdLock() {
        return "select * from book";
    }

    @Test
    void lockTimeout() throws Exception {
        aLockTimeoutMakesAMigrationWaitingForALockFailFast();
    }

    @Test
    void theOnlineFormsSendTheirPostgresStatements() throws Exception {
        write("0001_tables", TABLES);
        write("0002_online", ONLINE);
        List<String> sql = migrate(null).sql("0002_online", false);
        assertThat(sql).containsExactly(
                "create index concurrently \"book_pages_idx\" on \"book\" (\"pages\")",
                "create unique index concurrently \"book_isbn_uk\" on \"book\" (\"isbn\")",
                "alter table \"book\" add constraint \"book_isbn_uk\" unique using index \"book_isbn_uk\"",
                "alter table \"book\" add constraint \"book_author_fk\" foreign key (\"author_id\") references"
                        + " \"author\" (\"id\") not valid",
                "alter table \"book\" validate constraint \"book_author_fk\"",
                "alter table \"book\" add constraint \"book_pages_check\" check (pages > 0) not valid",
                "alter table \"book\" validate constraint \"book_pages_check\"",
                "alter table \"book\" add constraint \"book_isbn_not_null\" check (\"isbn\" is not null) not valid",
                "alter table \"book\" validate constraint \"book_isbn_not_null\"",
                "alter table \"book\" alter column \"isbn\" set not null",
                "alter table \"book\" drop constraint \"book_isbn_not_null\"");
    }

    /**
     * A concurrent unique index that fails (duplicates) leaves PostgreSQL's INVALID index behind: it is
     * dropped, the row says exactly which operations are in, and the retry goes on from there.
     */
    @Test
    void aFailedConcurrentIndexLeavesNothingBehindAndTheRetryGoesOn() throws Exception {
        failedConcurrentIndex(false);
    }

    /** repair reads the database and finishes such a migration as migrate would. */
    @Test
    void repairFinishesAMigrationWhoseOnlineOperationFailed() throws Exception {
        failedConcurrentIndex(true);
    }

    private void failedConcurrentIndex(boolean viaRepair) throws Exception {
        write("0001_tables", TABLES);
        migrate(null).migrate(MigrateOptions.forwards(null));
        database.execute("update book set isbn = 'same'");
        write("0002_online", ONLINE);

        assertThatThrownBy(() -> migrate(null).migrate(MigrateOptions.forwards(null)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed at operation 2 of 5")
                .hasMessageContaining("Its first 1 operation(s) are in the database")
                .hasMessageContaining("The next run goes on with operation 2.")
                .hasMessageContaining("What it had left behind was dropped (alter table \"book\" drop constraint if exists"
                        + " \"book_isbn_uk\"; drop index concurrently if exists \"book_isbn_uk\")");
        try (Connection connection = database.connect()) {
            assertThat(operationsDone(connection, "0002_online")).isEqualTo(1);
            assertThat(indexes(connection)).contains("book_pages_idx").doesNotContain("book_isbn_uk");
            assertThat(SchemaDrift.read(connection, migrations(), HistoryTable.DEFAULT_NAME).differences())
                    .as("the history's record of one operation done is what the database has").isEmpty();
        }

        database.execute("update book set isbn = 'isbn-' || id");
        if (viaRepair) {
            assertThat(migrate(null).repair()).singleElement().asString().startsWith("Finished 0002_online:"
                    + " operations 1 to 1 of 5 were in the database (checked), ran 2 to 5");
        } else {
            assertThat(migrate(null).migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0002_online");
        }
        try (Connection connection = database.connect()) {
            assertThat(operationsDone(connection, "0002_online")).isEqualTo(5);
            assertThat(SchemaDrift.read(connection, migrations(), HistoryTable.DEFAULT_NAME).differences()).isEmpty();
        }
    }

    /**
     * The file changed after such a failure, its online attributes gone: the operations the row counts are
     * in the database all the same, so the retry goes on after them rather than running them again.
     */
    @Test
    void aRetryGoesOnAfterTheCommittedOperationsEvenWhenTheFileIsNoLongerOnline() throws Exception {
        write("0001_tables", TABLES);
        migrate(null).migrate(MigrateOptions.forwards(null));
        database.execute("update book set isbn = 'same'");
        write("0002_online", ONLINE);
        assertThatThrownBy(() -> migrate(null).migrate(MigrateOptions.forwards(null)))
                .isInstanceOf(MigrationException.class);

        database.execute("update book set isbn = 'isbn-' || id");
        write("0002_online", ONLINE.replace(" online=\"true\"", ""));
        assertThat(migrate(null).migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0002_online");
        try (Connection connection = database.connect()) {
            assertThat(operationsDone(connection, "0002_online")).isEqualTo(5);
            assertThat(SchemaDrift.read(connection, migrations(), HistoryTable.DEFAULT_NAME).differences()).isEmpty();
        }
    }

    /** A run interrupted while building the index (here: an invalid index left as a crash leaves it) retries. */
    @Test
    void anInvalidIndexLeftByAnInterruptedRunIsDroppedBeforeTheRetry() throws Exception {
        write("0001_tables", TABLES);
        migrate(null).migrate(MigrateOptions.forwards(null));
        write("0002_online", ONLINE);
        // as a crash during create index concurrently leaves it: the row running operation 1, an index there
        database.execute("insert into migrate_history (id, checksum, file_hash, applied_at, execution_ms, success,"
                + " operations_done, failure) values ('0002_online', 'x', 'x', now(), 0, false, 0,"
                + " 'running operation 1 of 5 (...)')", "create index \"book_pages_idx\" on book (pages)");

        assertThat(migrate(null).migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0002_online");
        try (Connection connection = database.connect()) {
            assertThat(SchemaDrift.read(connection, migrations(), HistoryTable.DEFAULT_NAME).differences()).isEmpty();
        }
    }

    /** A foreign key whose validation fails (orphans) is dropped, not left NOT VALID. */
    @Test
    void aForeignKeyThatFailsValidationIsNotLeftNotValid() throws Exception {
        write("0001_tables", TABLES);
        migrate(null).migrate(MigrateOptions.forwards(null));
        database.execute("insert into book (id, author_id, isbn, pages) values (3, 99, 'c', 30)");
        write("0002_online", ONLINE);

        assertThatThrownBy(() -> migrate(null).migrate(MigrateOptions.forwards(null)))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("failed at operation 3 of 5")
                .hasMessageContaining("validate constraint \"book_author_fk\"");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_constraint where conname ="
                        + " 'book_author_fk'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
            assertThat(operationsDone(connection, "0002_online")).isEqualTo(2);
        }
        database.execute("delete from book where id = 3");
        assertThat(migrate(null).migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0002_online");
    }

    private static List<String> indexes(Connection connection) throws java.sql.SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select indexname from pg_indexes where tablename = 'book'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
