package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.Forwarding;
import dev.migrate.testing.FreshDatabase;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run takes the lock and reads the history before it needs the migration files, so that a start
 * with nothing pending does not wait for the files before its first statement; a failure to read
 * them then still lets the lock go, on a pooled connection that stays open too.
 */
class LockBeforeFilesPostgresTest extends FreshDatabase {

    @TempDir
    Path directory;

    @Override
    protected DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Test
    void theLockIsHeldAndTheHistoryReadBeforeTheFilesAreAskedFor() throws Exception {
        Files.writeString(directory.resolve("0001_library.xml"),
                new MigrationWriter().write(new MigrationDocument(List.of(), OperationFixtures.library())));
        DataSource dataSource = oneConnection(database.connect());
        assertThat(new Migrate(configuration(dataSource, this::load)).migrate(MigrateOptions.forwards(null)).applied())
                .containsExactly("0001_library");

        MigrateResult result = new Migrate(configuration(dataSource, () -> {
            awaitLock();
            return load();
        })).migrate(MigrateOptions.forwards(null));

        assertThat(result.applied()).isEmpty();
        assertThat(result.alreadyApplied()).isEqualTo(1);
        assertThat(heldLocks()).isZero();
    }

    @Test
    void filesThatCannotBeReadLetTheLockGoAndLeaveNoHistoryTable() throws Exception {
        Connection pooled = database.connect();
        DataSource dataSource = oneConnection(pooled);
        Migrate migrate = new Migrate(configuration(dataSource, () -> {
            awaitLock();
            throw new MigrationLoadException("Migration file 0001_library.xml cannot be read");
        }));

        assertThatThrownBy(() -> migrate.migrate(MigrateOptions.forwards(null))).isInstanceOf(MigrationLoadException.class)
                .hasMessage("Migration file 0001_library.xml cannot be read");

        assertThat(pooled.isClosed()).isFalse();
        assertThat(heldLocks()).isZero();
        try (Statement statement = pooled.createStatement();
                ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where table_name = 'migrate_history'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    private List<Migration> load() {
        return new MigrationLoader(new MigrationReader()).load(
                MigrationScanner.inDirectory(directory, "filesystem:" + directory));
    }

    private static MigrateConfiguration configuration(DataSource dataSource, Supplier<List<Migration>> migrations) {
        return new MigrateConfiguration(dataSource, migrations, null, null, null, null);
    }

    /** Waits up to ten seconds for the run's session to hold its advisory lock on this database. */
    private void awaitLock() {
        try {
            for (int i = 0; i < 200; i++) {
                if (heldLocks() > 0) {
                    return;
                }
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the files were asked for before the migration lock was taken");
    }

    private int heldLocks() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet locks = statement.executeQuery("select count(*) from pg_locks l join pg_database d on d.oid"
                        + " = l.database where l.locktype = 'advisory' and l.granted and d.datname = current_database()")) {
            locks.next();
            return locks.getInt(1);
        }
    }

    /** A pool of one connection that stays open when the run closes it, as a pooled one does. */
    private static DataSource oneConnection(Connection connection) {
        Connection kept = Forwarding.except(Connection.class, connection, "close", (proxy, method, arguments) -> null);
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return kept;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
