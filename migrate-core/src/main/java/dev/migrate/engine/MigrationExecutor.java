package dev.migrate.engine;

import dev.migrate.DataMigration;
import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.engine.PlannedMigration.Step;
import dev.migrate.operation.JavaOperation;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    /** Made when something is first logged: a start with nothing to apply logs nothing here, and needs no logging set up. */
    private static final class Log {
        static final Logger logger = LoggerFactory.getLogger(MigrationExecutor.class);
    }

    private final HistoryTable history;
    private final boolean transactionalDdl;
    private final DataMigrations dataMigrations;
    /** The connection's dialect, once asked: only migrations with online operations need it. */
    private @Nullable Dialect dialect;

    MigrationExecutor(HistoryTable history, boolean transactionalDdl, DataMigrations dataMigrations) {
        this.history = history;
        this.transactionalDdl = transactionalDdl;
        this.dataMigrations = dataMigrations;
    }

    /**
     * Applies one migration; {@code retry} says a failed row of it exists and may be replaced. Where
     * DDL is transactional, a migration with an online operation (one that must run outside a
     * transaction: an index built concurrently, a constraint validated after it is added) runs step by
     * step with its row tracking progress, as elsewhere, each other step committing with its row; a
     * retry resumes after the operations its row records as done.
     */
    void apply(Connection connection, PlannedMigration prepared, boolean retry) throws SQLException {
        Migration migration = prepared.migration();
        connection.setAutoCommit(true);
        HistoryRow previous = transactionalDdl && retry ? history.readAll(connection).get(migration.id()) : null;
        // a failed row with operations done came from online steps: those operations are in the database,
        // so the retry goes on after them even if the file no longer has an online change
        boolean online = transactionalDdl && (hasOnlineSteps(prepared)
                || previous != null && previous.operationsDone() > 0);
        if (transactionalDdl && !online) {
            applyInTransaction(connection, prepared, retry);
            return;
        }
        if (prepared.steps().isEmpty()) {
            // a merge or empty migration: nothing can stop part-way, so its row is written done
            history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                    Instant.now(), 0, true, 0, null));
            return;
        }
        HistoryRow failed = previous;
        if (failed != null) {
            // online steps commit one by one: the row's count is exact, so the retry goes on from there
            int done = Math.min(failed.operationsDone(), prepared.steps().size());
            history.updateChecksum(connection, migration.id(), migration.checksum(), migration.fileHash());
            history.update(connection, migration.id(), 0, false, done, running(prepared, done));
            if (done > 0) {
                Log.logger.info("Resuming {} after its first {} operation(s), which its history row records as done",
                        migration.id(), done);
            }
            applyTrackingProgress(connection, prepared, done, true);
            return;
        }
        if (retry) {
            history.delete(connection, migration.id());
        }
        history.insert(connection, new HistoryRow(migration.id(), migration.checksum(), migration.fileHash(),
                Instant.now(), 0, false, 0, running(prepared, 0)));
        applyTrackingProgress(connection, prepared, 0, false);
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
        applyTrackingProgress(connection, prepared, done, true);
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
            if (sentInOneRoundTrip(connection, prepared, appliedAt, retry)) {
                connection.commit();
                return;
            }
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

    /**
     * Sends every statement of a migration without data migrations, and its history row (replacing a
     * failed one on a {@code retry}), to the database as one batch in the transaction the caller
     * opened: one round trip per migration and its commit, where sending them one by one took one per
     * statement and two more. Returns false, having sent nothing, where a step runs Java or the
     * database cannot time the row itself; and false, having rolled back, where the batch failed, so
     * that the caller sends the statements one by one in a new transaction: a batch's error does not
     * say, in words any driver keeps to, which statement failed, and the failure must name it. (The
     * statements ran inside a transaction that was rolled back, so the second time finds the database
     * as the first did.)
     */
    private boolean sentInOneRoundTrip(Connection connection, PlannedMigration prepared, Instant appliedAt,
            boolean retry) throws SQLException {
        for (Step step : prepared.steps()) {
            if (step.java() != null) {
                return false;
            }
        }
        Migration migration = prepared.migration();
        String row = history.insertTimedByDatabase(new HistoryRow(migration.id(), migration.checksum(),
                migration.fileHash(), appliedAt, 0, true, prepared.steps().size(), null));
        if (row == null) {
            return false;
        }
        if (retry) {
            // the failed row goes in the same transaction; a rollback below brings it back
            history.delete(connection, migration.id());
        }
        try (Statement statement = sendingAsWritten(connection)) {
            for (Step step : prepared.steps()) {
                for (String sql : step.sql()) {
                    Log.logger.debug("{}: {}", migration.id(), sql);
                    statement.addBatch(sql);
                }
            }
            statement.addBatch(row);
            statement.executeBatch();
            return true;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                // the connection is gone, most likely: the batch's error says why
                e.addSuppressed(rollback);
                throw e;
            }
            Log.logger.debug("{}: its statements failed as one batch ({}); sending them one by one to name the failing one",
                    migration.id(), e.getMessage());
            return false;
        }
    }

    /**
     * Runs the steps from {@code done} on, keeping the row up to date before each one and after the last.
     * Where DDL is transactional (a migration with online steps), each step but the online ones commits
     * together with its row; an online step runs in auto-commit, and what a failed one leaves behind
     * (an invalid index, a constraint not validated) is dropped, so that the row's count stays exact
     * and a retry starts that operation afresh. {@code resumed}: the step at {@code done} may have
     * been interrupted before, so its leftovers are dropped before it runs.
     */
    private void applyTrackingProgress(Connection connection, PlannedMigration prepared, int done, boolean resumed)
            throws SQLException {
        Migration migration = prepared.migration();
        int total = prepared.steps().size();
        long start = System.nanoTime();
        boolean recorded = true;
        try {
            while (done < total) {
                if (!recorded) {
                    history.update(connection, migration.id(), millisSince(start), false, done, running(prepared, done));
                }
                boolean outside = outsideTransaction(prepared, done);
                if (transactionalDdl && !outside) {
                    executeWithRow(connection, prepared, done, start);
                    recorded = true;
                } else {
                    if (outside && resumed) {
                        dropLeftovers(connection, prepared, done, true);
                    }
                    executeOnline(connection, prepared, done, outside);
                    recorded = false;
                }
                resumed = false;
                done++;
            }
            history.update(connection, migration.id(), millisSince(start), true, done, null);
        } catch (StepFailure failure) {
            MigrationException exception = failure.exception((done == 0
                    ? "None of its operations completed; the history table records it as failed."
                    : "Its first " + done + " operation(s) are in the database (" + (transactionalDdl
                            ? "it runs online operations outside a transaction, so its operations commit one by one"
                            : "this database commits DDL as it goes")
                            + "); the history table records it as failed after operation " + done + ".")
                    + (transactionalDdl ? " The next run goes on with operation " + (done + 1) + "." : "")
                    + failure.leftovers);
            try {
                history.update(connection, migration.id(), millisSince(start), false, done, failure.summary());
            } catch (SQLException recording) {
                // the row still says which operation it stopped after; the migration's own error comes first
                exception.addSuppressed(recording);
            }
            throw exception;
        }
    }

    /** One step and the row that counts it, in one transaction: either both are in the database or neither. */
    private void executeWithRow(Connection connection, PlannedMigration prepared, int index, long start)
            throws SQLException, StepFailure {
        int total = prepared.steps().size();
        connection.setAutoCommit(false);
        try {
            execute(connection, prepared, index);
            history.update(connection, prepared.migration().id(), millisSince(start), false, index + 1,
                    index + 1 < total ? running(prepared, index + 1) : "finishing");
            connection.commit();
        } catch (StepFailure | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** A step in auto-commit; a failed online step's leftovers are dropped and the failure says so. */
    private void executeOnline(Connection connection, PlannedMigration prepared, int index, boolean online)
            throws StepFailure {
        try {
            execute(connection, prepared, index);
        } catch (StepFailure failure) {
            if (online) {
                failure.leftovers = dropLeftovers(connection, prepared, index, false);
            }
            throw failure;
        }
    }

    /**
     * Drops what a failed or interrupted online operation may have left (PostgreSQL keeps the INVALID
     * index of a failed CREATE INDEX CONCURRENTLY, and a constraint added NOT VALID whose validation
     * failed). Returns a sentence for the failure's message: what was dropped, or what to drop by hand.
     */
    private String dropLeftovers(Connection connection, PlannedMigration prepared, int index, boolean beforeRetry) {
        List<String> statements = dialect(connection).onlineLeftovers(prepared.migration().operations().get(index));
        if (statements.isEmpty()) {
            return "";
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                Log.logger.info("{}: dropping what operation {} may have left {}: {}", prepared.migration().id(), index + 1,
                        beforeRetry ? "when it was interrupted" : "behind", sql);
                statement.execute(sql);
            }
            return " What it had left behind was dropped (" + String.join("; ", statements) + ").";
        } catch (SQLException e) {
            Log.logger.warn("{}: could not drop what operation {} left behind: {}", prepared.migration().id(), index + 1,
                    e.getMessage());
            return " It may have left an invalid index or a constraint not validated; drop it before retrying: "
                    + String.join("; ", statements) + " (" + e.getMessage() + ").";
        }
    }

    private static boolean hasOnlineSteps(PlannedMigration prepared) {
        for (int i = 0; i < prepared.steps().size(); i++) {
            if (outsideTransaction(prepared, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether forward step {@code index} is an online operation this database runs outside a transaction,
     * as the plan rendered it: a plan read from the replay cache has no operations parsed.
     */
    private static boolean outsideTransaction(PlannedMigration prepared, int index) {
        return !prepared.backwards() && prepared.steps().get(index).outsideTransaction();
    }

    /**
     * A statement that sends SQL as written: JDBC's escapes ({@code {fn ...}}, {@code {d ...}}) are not
     * translated, as Flyway sends a migration's SQL. The rendered DDL has none, and the driver's scan
     * of every statement and history row for them cost a cold JVM's compiler more than the scan itself
     * (pgjdbc's {@code Parser.parseSql}: 0.19-0.23 s of C2 while 500 migrations were applied).
     */
    private static Statement sendingAsWritten(Connection connection) throws SQLException {
        Statement statement = connection.createStatement();
        try {
            statement.setEscapeProcessing(false);
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private Dialect dialect(Connection connection) {
        if (dialect == null) {
            try {
                dialect = Dialect.fromConnection(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell the database: " + e.getMessage(), e);
            }
        }
        return dialect;
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
        try (Statement statement = sendingAsWritten(connection)) {
            for (String sql : step.sql()) {
                Log.logger.debug("{}: {}", prepared.migration().id(), sql);
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
        Log.logger.debug("{}: runs {}", prepared.migration().id(), what);
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
                    Log.logger.warn("Cannot restore auto-commit after {}: {}", what, e.getMessage());
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
        /** What was done about an online operation's leftovers, as a sentence for the message; or "". */
        private String leftovers = "";

        /** @param what "SQL: " and the statement, or "Java: " and the class and method */
        StepFailure(PlannedMigration prepared, int index, String what, Throwable cause) {
            super(cause);
            this.prepared = prepared;
            this.index = index;
            this.what = what;
        }

        /** The database's message as it is; another exception (a data migration's) with its class. */
        private @Nullable String error() {
            return getCause() instanceof SQLException e ? e.getMessage() : String.valueOf(getCause());
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
