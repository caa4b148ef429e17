package dev.migrate.dialect;

/**
 * The statements that take and release a database-wide named lock, so that concurrent migration runs
 * (several instances starting at once) take turns.
 *
 * <p>Both are queries. {@code tryLock} does not wait: it returns one row whose first column reads as
 * {@code true} with {@link java.sql.ResultSet#getBoolean(int)} when the lock was taken and
 * {@code false} when another session holds it, so the caller polls until its own timeout. The lock
 * belongs to the connection, not to a transaction: it survives commits and is released by
 * {@code unlock} on the same connection, or when that connection closes.
 */
public record LockStatements(String tryLock, String unlock) {
}
