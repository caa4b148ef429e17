package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes migration runs on one database, so that several instances starting at once apply
 * each migration once. Uses the database's advisory lock, held by the run's connection; where the
 * database has none (H2, usually embedded in one process), a lock in this JVM per database URL.
 */
final class DatabaseLock implements AutoCloseable {

    private static final Map<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String unlockSql;
    private final ReentrantLock inProcess;

    private DatabaseLock(Connection connection, String unlockSql, ReentrantLock inProcess) {
        this.connection = connection;
        this.unlockSql = unlockSql;
        this.inProcess = inProcess;
    }

    static DatabaseLock acquire(Connection connection, Dialect dialect, String lockName) throws SQLException {
        Optional<String> lockSql = dialect.lockStatement(lockName);
        if (lockSql.isEmpty()) {
            ReentrantLock lock = IN_PROCESS.computeIfAbsent(connection.getMetaData().getURL(), url -> new ReentrantLock());
            lock.lock();
            return new DatabaseLock(connection, null, lock);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(lockSql.get())) {
            if (result.next() && result.getObject(1) != null && !"0".equals(result.getString(1))
                    && !"false".equalsIgnoreCase(result.getString(1))) {
                return new DatabaseLock(connection, dialect.unlockStatement(lockName).orElseThrow(), null);
            }
            throw new SQLException("Timed out waiting for the migration lock (" + lockSql.get()
                    + "): another instance may be migrating this database");
        } finally {
            connection.setAutoCommit(autoCommit);
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
