package dev.migrate.engine;

import dev.migrate.DataMigration;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.engine.PlannedMigration.Step;
import dev.migrate.operation.JavaOperation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies and unapplies planned migrations on one connection. Where DDL is transactional each
 * migration and its history row commit together; elsewhere the history row is written first and
 * says, before each operation's SQL is sent, which operation is running and how many are done, so
 * that a failure or a crash part-way is on record exactly. A row's {@code operations_done} is always
 * the number of the migration's first operations that are in the database, whichever way it went.
 */
final class MigrationExecutor {

    private static final Logger logger = LoggerFactory.getLogger(MigrationExecutor.class);

    private final HistoryTable history;
    private final boolean transactionalDdl;
    private final DataMigrations dataMigrations;

    MigrationExecutor(HistoryTable history, boolean transactionalDdl, DataMigrations dataMigrations) {
        this.history = history;
        this.transactionalDdl = transactionalDdl;
        this.dataMigrations = dataMigrations;
    }

    /** Applies one migration; {@code retry} says a failed row of it exists and may be replaced. */
    void apply(Connection connection, PlannedMigration prepared, boolean retry) throws SQLException {
        if (transactionalDdl) {
            applyInTransaction(connection, prepared, retry);
        } else {
            Migration migration = prepared.migration();
            connection.setAutoCommit(true);
            if (prepared.steps().isEmpty()) {
                // a merge or empty migration: nothing can stop part-way, so its row is written done
                history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                        Instant.now(), 0, true, 0, null));
                return;
            }
            history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                    Instant.now(), 0, false, 0, running(prepared, 0)));
            applyTrackingProgress(connection, prepared, 0);
        }
    }

    /**
     * Finishes a migration whose first {@code done} operations are in the database (checked by the
     * caller) and whose failed row exists, on a database without transactional DDL.
     */
    void resume(Connection connection, PlannedMigration prepared, int done) throws SQLException {
        connection.setAutoCommit(true);
        // the file may have been fixed since it failed
        history.updateChecksum(connection, prepared.migration().id(), prepared.migration().checksum(),
                prepared.migration().fileHash());
        history.update(connection, prepared.migration().id(), 0, false, done, running(prepared, done));
        applyTrackingProgress(connection, prepared, done);
    }

    /** Records a migration as applied, or removes its record, without running it. */
    void recordFake(Connection connection, PlannedMigration planned) throws SQLException {
        Migration migration = planned.migration();
        connection.setAutoCommit(true);
        history.delete(connection, migration.id());
        if (!planned.backwards()) {
            history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                    Instant.now(), 0, true, migration.operations().size(), null));
        }
    }

    /**
     * Unapplies one migration through its planned reverse steps, newest operation first, and removes
     * its row. {@code row} is its history row.
     */
    void unapply(Connection connection, PlannedMigration planned, HistoryRow row) throws SQLException {
        String id = planned.migration().id();
        long start = System.nanoTime();
        int total = planned.migration().operations().size();
        if (transactionalDdl) {
            connection.setAutoCommit(false);
            try {
                for (int i = 0; i < planned.steps().size(); i++) {
                    execute(connection, planned, i);
                }
                history.delete(connection, id);
                connection.commit();
            } catch (StepFailure failure) {
                connection.rollback();
                throw failure.exception("Nothing of it was undone: the transaction was rolled back, and the migration"
                        + " is still applied.");
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return;
        }
        connection.setAutoCommit(true);
        int done = row.success() ? total : row.operationsDone();
        for (int i = 0; i < planned.steps().size(); i++) {
            history.update(connection, id, millisSince(start), false, done, "unapplying: undoing operation " + done
                    + " of " + total + " (" + planned.steps().get(i).description() + "); if the run stopped, that"
                    + " may or may not be in the database");
            try {
                execute(connection, planned, i);
            } catch (StepFailure failure) {
                MigrationException exception = failure.exception("Its first " + done + " operation(s) are still in"
                        + " the database (this database commits DDL as it goes); the history table records it as"
                        + " failed after operation " + done + ".");
                try {
                    history.update(connection, id, millisSince(start), false, done, failure.summary());
                } catch (SQLException recording) {
                    exception.addSuppressed(recording);
                }
                throw exception;
            }
            done--;
        }
        history.delete(connection, id);
    }

    private void applyInTransaction(Connection connection, PlannedMigration prepared, boolean retry)
            throws SQLException {
        Migration migration = prepared.migration();
        Instant appliedAt = Instant.now();
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        int done = 0;
        try {
            if (retry) {
                history.delete(connection, migration.id());
            }
            while (done < prepared.steps().size()) {
                execute(connection, prepared, done);
                done++;
            }
            history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                    appliedAt, millisSince(start), true, done, null));
            connection.commit();
        } catch (StepFailure failure) {
            connection.rollback();
            MigrationException exception = failure.exception("Nothing of it was kept: the transaction was rolled back.");
            try {
                history.delete(connection, migration.id());
                history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                        appliedAt, millisSince(start), false, 0, failure.summary()));
                connection.commit();
            } catch (SQLException recording) {
                // the database is unchanged either way; the migration's own error is the one to report
                exception.addSuppressed(recording);
            }
            throw exception;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Runs the steps from {@code done} on, keeping the row up to date before each one and after the last. */
    private void applyTrackingProgress(Connection connection, PlannedMigration prepared, int done) throws SQLException {
        Migration migration = prepared.migration();
        long start = System.nanoTime();
        try {
            while (done < prepared.steps().size()) {
                if (done > 0) {
                    history.update(connection, migration.id(), millisSince(start), false, done, running(prepared, done));
                }
                execute(connection, prepared, done);
                done++;
            }
            history.update(connection, migration.id(), millisSince(start), true, done, null);
        } catch (StepFailure failure) {
            MigrationException exception = failure.exception(done == 0
                    ? "None of its operations completed; the history table records it as failed."
                    : "Its first " + done + " operation(s) are in the database (this database commits DDL as it goes);"
                            + " the history table records it as failed after operation " + done + ".");
            try {
                history.update(connection, migration.id(), millisSince(start), false, done, failure.summary());
            } catch (SQLException recording) {
                // the row still says which operation it stopped after; the migration's own error comes first
                exception.addSuppressed(recording);
            }
            throw exception;
        }
    }

    /** What a row says while a step runs: the step after the {@code done} ones that are in the database. */
    static String running(PlannedMigration prepared, int done) {
        return RUNNING + (done + 1) + " of " + prepared.steps().size() + " ("
                + prepared.steps().get(done).description() + "); if the run stopped, that operation may or may"
                + " not be in the database";
    }

    /** How a row that records a running (or interrupted) operation starts. */
    static final String RUNNING = "running operation ";

    /**
     * Runs the statements of step {@code index}, or its data migration; a failure becomes a {@link
     * StepFailure}.
     */
    private void execute(Connection connection, PlannedMigration prepared, int index) throws StepFailure {
        Step step = prepared.steps().get(index);
        try (Statement statement = connection.createStatement()) {
            for (String sql : step.sql()) {
                logger.debug("{}: {}", prepared.migration().id(), sql);
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new StepFailure(prepared, index, "SQL: " + sql, e);
                }
            }
        } catch (SQLException e) {
            throw new StepFailure(prepared, index, "SQL: (opening a statement)", e);
        }
        if (step.java() != null) {
            runJava(connection, prepared, index, step.java());
        }
    }

    /**
     * Runs a data migration on the connection: inside the migration's transaction where there is one;
     * elsewhere (auto-commit) in a transaction of its own, so that it is one operation, all or nothing.
     */
    private void runJava(Connection connection, PlannedMigration prepared, int index, JavaOperation java)
            throws StepFailure {
        String what = "Java: " + java.className() + (java.backward() ? ".backward" : ".forward");
        logger.debug("{}: runs {}", prepared.migration().id(), what);
        boolean ownTransaction = false;
        try {
            DataMigration migration = dataMigrations.instantiate(dataMigrations.load(java.className()));
            ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            if (java.backward()) {
                migration.backward(connection);
            } else {
                migration.forward(connection);
            }
            if (ownTransaction) {
                connection.commit();
            }
        } catch (Exception | LinkageError e) {
            if (ownTransaction) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw new StepFailure(prepared, index, what, e);
        } finally {
            if (ownTransaction) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    logger.warn("Cannot restore auto-commit after {}: {}", what, e.getMessage());
                }
            }
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A failed statement or data migration, with what the exception and the history row say about it. */
    private static final class StepFailure extends Exception {

        private final PlannedMigration prepared;
        private final int index;
        private final String what;

        /** @param what "SQL: " and the statement, or "Java: " and the class and method */
        StepFailure(PlannedMigration prepared, int index, String what, Throwable cause) {
            super(cause);
            this.prepared = prepared;
            this.index = index;
            this.what = what;
        }

        /** The database's message as it is; another exception (a data migration's) with its class. */
        private String error() {
            return getCause() instanceof SQLException ? getCause().getMessage() : getCause().toString();
        }

        String summary() {
            return "Operation " + (index + 1) + " of " + prepared.steps().size() + " ("
                    + prepared.steps().get(index).description() + ") failed: " + error();
        }

        MigrationException exception(String aftermath) {
            return new MigrationException(prepared.migration().id(), "Migration " + prepared.migration().id()
                    + (prepared.backwards() ? " could not be unapplied: it failed at step " : " failed at operation ")
                    + (index + 1) + " of " + prepared.steps().size() + " ("
                    + prepared.steps().get(index).description() + ")\n  " + what
                    + (getCause() instanceof SQLException ? "\n  Database error: " : "\n  Error: ")
                    + error() + "\n  " + aftermath, getCause());
        }
    }
}
