package dev.migrate.dialect;

/**
 * How long a session waits for a lock before its statement fails ({@code migrate.lock-timeout}): the
 * statement that sets it for the session, and the one that restores the database's default, so that
 * a pooled connection goes back as it came.
 */
public record LockTimeout(String set, String reset) {
}
