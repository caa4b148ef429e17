package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies migrations to a database and reports their state, like Django's {@code migrate} and
 * {@code showmigrations}. One run uses one connection, takes one lock, and reads the history once.
 */
public final class Migrator {

    private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

    private final List<Migration> migrations;
    private final String historyTableName;

    /**
     * @param migrations the migrations in the order they apply in, as {@link MigrationLoader} gives them
     */
    public Migrator(List<Migration> migrations, String historyTableName) {
        this.migrations = List.copyOf(migrations);
        this.historyTableName = historyTableName;
    }

    public List<Migration> migrations() {
        return migrations;
    }

    /** Applies the pending migrations in order, up to and including {@code target} when it is not null. */
    public MigrateResult migrate(Connection connection, String target) {
        long start = System.nanoTime();
        try {
            Dialect dialect = Dialect.fromConnection(connection);
            return migrate(connection, dialect, target, start);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate: " + e.getMessage(), e);
        }
    }

    private MigrateResult migrate(Connection connection, Dialect dialect, String target, long start)
            throws SQLException {
        HistoryTable history = new HistoryTable(historyTableName, dialect);
        try (DatabaseLock lock = DatabaseLock.acquire(connection, dialect, historyTableName)) {
            if (!history.exists(connection)) {
                history.create(connection);
            }
            Map<String, HistoryRow> rows = history.readAll(connection);
            List<Migration> pending = MigrationPlanner.pending(migrations, rows, target);
            refuseFailedRows(pending, rows, dialect, history);
            List<String> applied = new ArrayList<>();
            if (!pending.isEmpty()) {
                Set<String> ids = pending.stream().map(Migration::id).collect(Collectors.toSet());
                MigrationExecutor executor = new MigrationExecutor(history, dialect.supportsTransactionalDdl());
                for (PreparedMigration prepared : SchemaReplay.prepare(migrations, ids, dialect)) {
                    long migrationStart = System.nanoTime();
                    executor.apply(connection, prepared, rows.containsKey(prepared.migration().id()));
                    applied.add(prepared.migration().id());
                    logger.info("Applied migration {} ({} operations) in {} ms", prepared.migration().id(),
                            prepared.steps().size(), (System.nanoTime() - migrationStart) / 1_000_000);
                }
            }
            return new MigrateResult(applied, (int) rows.values().stream().filter(HistoryRow::success).count(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The state of every migration file and history row; reads the database, changes nothing. */
    public List<MigrationStatus> status(Connection connection) {
        try {
            HistoryTable history = new HistoryTable(historyTableName, Dialect.fromConnection(connection));
            Map<String, HistoryRow> rows = history.exists(connection) ? history.readAll(connection) : Map.of();
            return MigrationPlanner.statuses(migrations, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the history table " + historyTableName + ": "
                    + e.getMessage(), e);
        }
    }

    /** The SQL that one migration sends to a database of the given dialect, like Django's {@code sqlmigrate}. */
    public List<String> sql(String id, Dialect dialect) {
        if (migrations.stream().noneMatch(m -> m.id().equals(id))) {
            throw new MigrationStateException("There is no migration " + id);
        }
        return SchemaReplay.prepare(migrations, Set.of(id), dialect).get(0).steps().stream()
                .flatMap(step -> step.sql().stream()).toList();
    }

    /**
     * A failed row can be replaced where DDL is transactional (the failure left nothing behind);
     * elsewhere part of the migration may be in the database, and only a person can tell what to do.
     */
    private void refuseFailedRows(List<Migration> pending, Map<String, HistoryRow> rows, Dialect dialect,
            HistoryTable history) {
        for (Migration migration : pending) {
            HistoryRow row = rows.get(migration.id());
            if (row == null || dialect.supportsTransactionalDdl()) {
                continue;
            }
            throw new MigrationStateException("Migration " + migration.id() + " failed on " + row.appliedAt()
                    + " and this database (" + dialect.name() + ") cannot roll DDL back. " + row.failure()
                    + "\nIts first " + row.operationsDone() + " of " + migration.operations().size()
                    + " operation(s) are in the database. To go on, fix the cause, then either undo those operations "
                    + "by hand and delete the history row so the whole migration runs again:\n  "
                    + history.deleteStatementFor(migration.id()) + "\nor finish the remaining operations by hand "
                    + "and mark the migration as applied:\n  " + history.markAppliedStatementFor(migration.id()));
        }
    }
}
