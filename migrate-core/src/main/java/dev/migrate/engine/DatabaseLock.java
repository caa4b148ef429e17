package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Sha256;
import dev.migrate.dialect.LockStatements;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Serializes migration runs on one database, so that several instances starting at once apply
 * each migration once. Uses the database's advisory lock, held by the run's connection (polled,
 * since PostgreSQL cannot wait with a timeout); where the database has none (H2, usually embedded
 * in one process), a lock in this JVM per database URL.
 */
final class DatabaseLock implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final long POLL_MILLIS = 100;

    private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Connection connection;
    private final @Nullable String unlockSql;
    private final @Nullable ReentrantLock inProcess;

    private DatabaseLock(Connection connection, @Nullable String unlockSql, @Nullable ReentrantLock inProcess) {
        this.connection = connection;
        this.unlockSql = unlockSql;
        this.inProcess = inProcess;
    }

    /** Takes the lock named after the database and the history table, waiting up to {@link #TIMEOUT}. */
    static DatabaseLock acquire(Connection connection, Dialect dialect, String historyTable) throws SQLException {
        String name = lockName(connection.getCatalog(), historyTable);
        Optional<LockStatements> statements = dialect.lockStatements(name);
        if (statements.isEmpty()) {
            ReentrantLock lock = IN_PROCESS.computeIfAbsent(connection.getMetaData().getURL(), url -> new ReentrantLock());
            lock.lock();
            return new DatabaseLock(connection, null, lock);
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!tryLock(connection, statements.get().tryLock())) {
            if (System.nanoTime() > deadline) {
                throw new SQLException("Timed out after " + TIMEOUT.toMinutes() + " minutes waiting for the migration "
                        + "lock " + name + ": another instance is migrating this database, or died holding the lock");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting for the migration lock " + name, e);
            }
        }
        return new DatabaseLock(connection, statements.get().unlock(), null);
    }

    /**
     * {@code migrate:<catalog>.<history table>}; when that is longer than 64 characters or has
     * characters a lock name cannot have (a history table named {@code 迁移历史}, a database named
     * {@code my app}), {@code migrate:} and the first 128 bits of its SHA-256 in hex.
     */
    static String lockName(String catalog, String historyTable) {
        String name = "migrate:" + (catalog == null ? "" : catalog + ".") + historyTable;
        if (Dialect.isSimpleLockName(name)) {
            return name;
        }
        return "migrate:" + HexFormat.of().formatHex(Sha256.digest(name.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static boolean tryLock(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() && result.getBoolean(1);
        } finally {
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (inProcess != null) {
            inProcess.unlock();
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(unlockSql);
        }
    }
}
