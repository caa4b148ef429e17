package dev.migrate;

import java.sql.Connection;

/**
 * A data migration written in Java, named by a migration file's {@code <java class="..."/>} change,
 * like Django's {@code RunPython}. Use it for what one SQL text cannot say the same way on every
 * database, or what needs the application's code.
 *
 * <p>It runs on the migration's own connection, where the other changes of the file run:
 * <ul>
 * <li>on PostgreSQL inside the migration's transaction, so a failure rolls the whole migration back;</li>
 * <li>on MariaDB and H2 (which commit DDL as it goes) in a transaction of its own, committed when
 * {@code forward} returns and rolled back when it throws; it counts as one operation in the history
 * table's progress.</li>
 * </ul>
 * Do not commit, roll back, change the auto-commit mode of, or close the connection; close the
 * statements you open. Throw to fail the migration: the error names the migration, the operation,
 * the class and the exception.
 *
 * <p>Instances come from the configured factory: by default the public no-argument constructor;
 * with the Spring Boot starter a bean of the class when the context has one (so it can have
 * dependencies injected), else the no-argument constructor.
 *
 * <p><b>Going back.</b> A data migration can be unapplied only when its class overrides {@link
 * #backward}; the default declares that it cannot be reversed, and going back over it is refused
 * before anything runs (as for an {@code sql} change without a rollback).
 */
public interface DataMigration {

    /** Applies the data change. */
    void forward(Connection connection) throws Exception;

    /**
     * Undoes {@link #forward}. Override it to make the migration reversible; the default is never
     * called (going back is refused beforehand) and throws.
     */
    default void backward(Connection connection) throws Exception {
        throw new UnsupportedOperationException(getClass().getName() + " cannot be reversed: it does not override"
                + " DataMigration.backward");
    }

    /** Whether the class overrides {@link #backward}, so that going back over it is possible. */
    static boolean isReversible(Class<? extends DataMigration> type) {
        try {
            return type.getMethod("backward", Connection.class).getDeclaringClass() != DataMigration.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
