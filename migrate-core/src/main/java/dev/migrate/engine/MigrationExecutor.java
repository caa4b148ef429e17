package dev.migrate.engine;

import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.engine.PreparedMigration.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies prepared migrations in order on one connection. Where DDL is transactional each
 * migration and its history row commit together; elsewhere the history row is written first and
 * kept up to date after every operation, so a failure part-way is on record exactly.
 */
final class MigrationExecutor {

    private static final Logger logger = LoggerFactory.getLogger(MigrationExecutor.class);

    private final HistoryTable history;
    private final boolean transactionalDdl;

    MigrationExecutor(HistoryTable history, boolean transactionalDdl) {
        this.history = history;
        this.transactionalDdl = transactionalDdl;
    }

    /** Applies one migration; {@code retry} says a failed row of it exists and may be replaced. */
    void apply(Connection connection, PreparedMigration prepared, boolean retry) throws SQLException {
        if (transactionalDdl) {
            applyInTransaction(connection, prepared, retry);
        } else {
            applyTrackingProgress(connection, prepared);
        }
    }

    private void applyInTransaction(Connection connection, PreparedMigration prepared, boolean retry)
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

    private void applyTrackingProgress(Connection connection, PreparedMigration prepared) throws SQLException {
        Migration migration = prepared.migration();
        long start = System.nanoTime();
        connection.setAutoCommit(true);
        history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                Instant.now(), 0, false, 0, "running, or stopped before its first operation completed"));
        int done = 0;
        try {
            while (done < prepared.steps().size()) {
                execute(connection, prepared, done);
                done++;
                if (done < prepared.steps().size()) {
                    history.update(connection, migration.id(), millisSince(start), false, done,
                            "running, or stopped after operation " + done + " of " + prepared.steps().size());
                }
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

    /** Runs the statements of step {@code index}; a failure becomes a {@link StepFailure}. */
    private static void execute(Connection connection, PreparedMigration prepared, int index) throws StepFailure {
        Step step = prepared.steps().get(index);
        try (Statement statement = connection.createStatement()) {
            for (String sql : step.sql()) {
                logger.debug("{}: {}", prepared.migration().id(), sql);
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new StepFailure(prepared, index, sql, e);
                }
            }
        } catch (SQLException e) {
            throw new StepFailure(prepared, index, "(opening a statement)", e);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A failed statement, with what the exception and the history row say about it. */
    private static final class StepFailure extends Exception {

        private final PreparedMigration prepared;
        private final int index;
        private final String sql;

        StepFailure(PreparedMigration prepared, int index, String sql, SQLException cause) {
            super(cause);
            this.prepared = prepared;
            this.index = index;
            this.sql = sql;
        }

        String summary() {
            return "Operation " + (index + 1) + " of " + prepared.steps().size() + " ("
                    + prepared.steps().get(index).operation().describe() + ") failed: " + getCause().getMessage();
        }

        MigrationException exception(String aftermath) {
            return new MigrationException(prepared.migration().id(), "Migration " + prepared.migration().id()
                    + " failed at operation " + (index + 1) + " of " + prepared.steps().size() + " ("
                    + prepared.steps().get(index).operation().describe() + ")\n  SQL: " + sql + "\n  Database error: "
                    + getCause().getMessage() + "\n  " + aftermath, getCause());
        }
    }
}
