package dev.migrate.engine;

import dev.migrate.DataMigration;
import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.history.HistoryTable;
import dev.migrate.liquibase.ChangeSetId;
import dev.migrate.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies migrations to a database and reports their state, like Django's {@code migrate} and
 * {@code showmigrations}. One run uses one connection, takes one lock, and reads the history once.
 */
public final class Migrator {

    /**
     * Made when something is first logged: a start with nothing to apply logs nothing here, and needs no
     * logging set up. {@link RunLog} writes a run's lines through it too.
     */
    static final class Log {
        static final Logger logger = LoggerFactory.getLogger(Migrator.class);
    }

    private final List<Migration> migrations;
    private final String historyTableName;
    private final @Nullable Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory;
    /** Where the plan of a run on a new database is kept; null for none, or for the default when {@code replayCacheByDefault}. */
    private final @Nullable Path replayCache;
    /**
     * Whether the plan is kept in {@link MigrateConfiguration#defaultReplayCache()}, which is found only
     * when a run on a new database asks for it, never at a start with nothing to apply.
     */
    private final boolean replayCacheByDefault;
    /** What identifies migrate's code to the cache; null for its jar ({@link ReplayCache#codeIdentity()}). */
    private final @Nullable String codeIdentity;

    /**
     * A migrator that keeps the plan of a run on a new database in the replay cache's default directory
     * ({@link MigrateConfiguration#defaultReplayCache()}), as the starter does by default; see
     * {@link #withReplayCache(Path)} to choose another or none.
     *
     * @param migrations the migrations in the order they apply in, as {@link MigrationLoader} gives them
     */
    public Migrator(List<Migration> migrations, String historyTableName) {
        this(migrations, historyTableName, null);
    }

    /**
     * As {@link #Migrator(List, String)}.
     *
     * @param migrations the migrations in the order they apply in, as {@link MigrationLoader} gives them
     * @param dataMigrationFactory makes the {@link DataMigration}s that {@code <java>} changes name;
     *        null for {@link DataMigrations#NO_ARGUMENT_CONSTRUCTOR}
     */
    public Migrator(List<Migration> migrations, String historyTableName,
            @Nullable Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory) {
        this(migrations, historyTableName, dataMigrationFactory, null, true, null);
    }

    private Migrator(List<Migration> migrations, String historyTableName,
            @Nullable Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory,
            @Nullable Path replayCache, boolean replayCacheByDefault, @Nullable String codeIdentity) {
        this.migrations = List.copyOf(migrations);
        this.historyTableName = historyTableName;
        this.dataMigrationFactory = dataMigrationFactory;
        this.replayCache = replayCache;
        this.replayCacheByDefault = replayCacheByDefault;
        this.codeIdentity = codeIdentity;
    }

    /** Made where a plan is made, not with the migrator: a start with nothing to apply loads none of it. */
    private DataMigrations dataMigrations() {
        return new DataMigrations(dataMigrationFactory);
    }

    /**
     * This migrator, keeping in {@code directory} ({@link MigrateConfiguration#replayCache}) the plan of
     * a run that applies every migration to a database that has none, so that the next such run (a
     * test's new database) reads it back instead of parsing every file; null for none.
     */
    public Migrator withReplayCache(@Nullable Path directory) {
        return new Migrator(migrations, historyTableName, dataMigrationFactory, directory, false, null);
    }

    /** As {@link #withReplayCache(Path)}, as the migrate jar with this identity would keep it. */
    Migrator withReplayCache(Path directory, String codeIdentity) {
        return new Migrator(migrations, historyTableName, dataMigrationFactory, directory, false, codeIdentity);
    }

    /** The directory this migrator keeps a new database's plan in; null for none. */
    @Nullable Path replayCache() {
        return replayCacheByDefault ? MigrateConfiguration.defaultReplayCache() : replayCache;
    }

    /** The migrator of this database's view of the migrations (squashed ones resolved against its history). */
    private Migrator over(Squashes.Resolution resolution) {
        return resolution.migrations() == migrations ? this
                : new Migrator(resolution.migrations(), historyTableName, dataMigrationFactory, replayCache,
                        replayCacheByDefault, codeIdentity);
    }

    public List<Migration> migrations() {
        return migrations;
    }

    /** Applies every pending migration in order. */
    public MigrateResult migrate(Connection connection) {
        return run(connection, MigrateOptions.forwards(null));
    }

    /** Applies the pending migrations in order, up to and including {@code target} when it is not null. */
    public MigrateResult migrate(Connection connection, String target) {
        return run(connection, MigrateOptions.forwards(target));
    }

    /**
     * Brings the database to the target: applies the pending migrations up to it, or, when it is older
     * than the applied state and {@link MigrateOptions#backwardsAllowed()}, unapplies the later ones,
     * newest first. Everything that can be checked is checked before any SQL is sent.
     */
    public MigrateResult run(Connection connection, MigrateOptions options) {
        return run(connection, options, null);
    }

    /**
     * As {@link #run(Connection, MigrateOptions)}, first recording as applied, under the same lock and
     * after the same history read, the pending migrations imported from changeSets that Liquibase ran
     * on this database ({@link Migrate#adoptLiquibase}): what a start does. A run with nothing pending
     * asks the database nothing more for it.
     *
     * @param liquibaseOrigins the changeSets each migration was imported from ({@link Migrate#liquibaseOrigins}),
     *        or null for no adoption
     */
    public MigrateResult run(Connection connection, MigrateOptions options,
            @Nullable Function<Migration, List<ChangeSetId>> liquibaseOrigins) {
        return run(connection, historyTableName, new Ready(this), options, liquibaseOrigins);
    }

    /** This migrator, as the run asks for it: a class rather than a lambda, which a cold JVM spins at its first run. */
    private static final class Ready implements Supplier<Migrator> {
        private final Migrator migrator;

        Ready(Migrator migrator) {
            this.migrator = migrator;
        }

        @Override
        public Migrator get() {
            return migrator;
        }
    }

    /**
     * As {@link #run(Connection, MigrateOptions, Function)}, asking for the migrator only once the lock is
     * held and the history read: {@link Migrate} reads the files on another core meanwhile, and a start
     * with nothing to apply spent that time waiting for them.
     */
    static MigrateResult run(Connection connection, String historyTableName, Supplier<Migrator> migrator,
            MigrateOptions options, @Nullable Function<Migration, List<ChangeSetId>> liquibaseOrigins) {
        long start = System.nanoTime();
        try {
            Dialect dialect = Dialect.fromConnection(connection);
            HistoryTable history = new HistoryTable(historyTableName, dialect);
            try (DatabaseLock lock = DatabaseLock.acquire(connection, dialect, historyTableName)) {
                Map<String, HistoryRow> rows = history.readAllIfPresent(connection);
                return migrator.get().runLocked(connection, dialect, history, rows, options, liquibaseOrigins, start);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate: " + e.getMessage(), e);
        }
    }

    /** The run, under the lock, from the history rows read there (null when there is no history table). */
    private MigrateResult runLocked(Connection connection, Dialect dialect, HistoryTable history,
            @Nullable Map<String, HistoryRow> read, MigrateOptions options,
            @Nullable Function<Migration, List<ChangeSetId>> liquibaseOrigins, long start) throws SQLException {
        Map<String, HistoryRow> rows = read;
        // before the history table is made: an adoption the live schema refuses leaves nothing behind
        if (liquibaseOrigins != null && !LiquibaseAdoption.adoptLocked(connection, dialect, history,
                rows == null ? Map.of() : rows, migrations, liquibaseOrigins).isEmpty()) {
            rows = history.readAll(connection);
        }
        if (rows == null) {
            history.create(connection);
            rows = new LinkedHashMap<>();
        }
        vouch(rows);
        Squashes.Resolution resolution = Squashes.resolve(migrations, rows, historyTableName);
        Migrator view = over(resolution);
        Map<String, HistoryRow> planning = resolution.planningRows();
        ReplayCache cache = view.planCache(planning, options);
        List<PlannedMigration> cached = cache == null ? null : cache.findPlan(dialect);
        MigrationPlan plan = cached != null ? new MigrationPlan(cached)
                : view.plan(connection, dialect, planning, options);
        MigrateResult result = view.execute(connection, dialect, history, planning, plan, start);
        if (cache != null && cached == null) {
            cache.keepPlan(dialect, plan.migrations());
        }
        view.refreshFileHashes(connection, history, planning);
        return settleSquashes(connection, history, resolution, result, options.prune());
    }

    /**
     * The replay cache for this run's plan: only a run that applies every migration, plainly, to a
     * database with no history row; there the plan depends on nothing but the files and the dialect.
     */
    private @Nullable ReplayCache planCache(Map<String, HistoryRow> rows, MigrateOptions options) {
        Path directory = rows.isEmpty() && !migrations.isEmpty() && options.target() == null && !options.fake()
                && !options.fakeInitial() ? replayCache() : null;
        if (directory == null) {
            return null;
        }
        return codeIdentity == null ? ReplayCache.of(directory, migrations)
                : ReplayCache.of(directory, migrations, codeIdentity);
    }

    /**
     * Tells each migration whose file the history records as applied with the same bytes: such a file
     * was validated then, and is parsed without the XSD when it is parsed at all (to replay the
     * schema before a pending migration, or for the entity comparison).
     */
    private void vouch(Map<String, HistoryRow> rows) {
        for (Migration migration : migrations) {
            vouch(migration, rows);
            for (Migration replaced : migration.replaced()) {
                vouch(replaced, rows);
            }
        }
    }

    private static void vouch(Migration migration, Map<String, HistoryRow> rows) {
        HistoryRow row = rows.get(migration.id());
        if (row != null && row.success()) {
            migration.vouchedFor(row.fileHash(), row.checksum());
        }
    }

    /**
     * Records the current hash of files whose rows hold another hash of the same content (written by
     * an earlier version, whose hash was SHA-256, or before the file was reformatted), so that the
     * next start need not parse them to check them. Only outside a caller's transaction.
     */
    private void refreshFileHashes(Connection connection, HistoryTable history, Map<String, HistoryRow> rows)
            throws SQLException {
        if (!connection.getAutoCommit()) {
            return;
        }
        for (Migration migration : migrations) {
            HistoryRow row = rows.get(migration.id());
            if (row != null && row.success() && !migration.hasFileHash(row.fileHash()) && migration.fileHash() != null
                    && row.checksum().equals(migration.checksum())) {
                history.updateChecksum(connection, migration.id(), row.checksum(), migration.fileHash());
            }
        }
    }

    /**
     * After a run: records each squashed migration whose replaced migrations are now all applied
     * (Django records it too), removes the rows of replaced migrations whose squashed migration was
     * unapplied, and with {@code prune} the rows of replaced migrations whose files are gone.
     */
    private MigrateResult settleSquashes(Connection connection, HistoryTable history,
            Squashes.Resolution resolution, MigrateResult result, boolean prune) throws SQLException {
        if (resolution.toRecord().isEmpty() && !prune && (result.unapplied().isEmpty() || !Squashes.anySquashed(migrations))) {
            return result;
        }
        connection.setAutoCommit(true);
        Map<String, HistoryRow> rows = history.readAll(connection);
        for (Migration migration : migrations) {
            if (!migration.replaces().isEmpty() && result.unapplied().contains(migration.id())) {
                for (String id : migration.replaces()) {
                    if (rows.containsKey(id)) {
                        history.delete(connection, id);
                    }
                }
            }
        }
        List<String> recorded = new ArrayList<>();
        for (Migration squash : Squashes.complete(resolution.toRecord(), rows)) {
            if (result.unapplied().contains(squash.id())) {
                continue;
            }
            history.insert(connection, Squashes.row(squash));
            recorded.add(squash.id());
            Log.logger.info("Recorded squashed migration {}: the {} migrations it replaces are applied", squash.id(),
                    squash.replaces().size());
        }
        List<String> pruned = new ArrayList<>();
        if (prune) {
            rows = history.readAll(connection);
            for (String id : Squashes.prunable(migrations, rows)) {
                history.delete(connection, id);
                pruned.add(id);
                Log.logger.info("Pruned the history row of {}: its file is gone and a squashed migration replaces it", id);
            }
        }
        return result.withSquashes(recorded, pruned);
    }

    /** What {@link #run(Connection, MigrateOptions)} would do; changes nothing, not even creates the history table. */
    public MigrationPlan plan(Connection connection, MigrateOptions options) {
        try {
            Dialect dialect = Dialect.fromConnection(connection);
            HistoryTable history = new HistoryTable(historyTableName, dialect);
            Map<String, HistoryRow> rows = history.exists(connection) ? history.readAll(connection) : Map.of();
            vouch(rows);
            Squashes.Resolution resolution = Squashes.resolve(migrations, rows, historyTableName);
            return over(resolution).plan(connection, dialect, resolution.planningRows(), options);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot plan: " + e.getMessage(), e);
        }
    }

    private MigrationPlan plan(Connection connection, Dialect dialect, Map<String, HistoryRow> rows,
            MigrateOptions options) throws SQLException {
        MigrationPlanner.check(migrations, rows, options.target());
        Map<String, Integer> undo = MigrationPlanner.toUnapply(migrations, rows, options.target());
        List<PlannedMigration> planned;
        if (!undo.isEmpty()) {
            if (!options.backwardsAllowed()) {
                throw new MigrationStateException("The target " + options.target() + " is older than the applied state ("
                        + String.join(", ", undo.keySet()) + " applied after it), and the start-up never unapplies"
                        + " migrations. Unapply them with --migrate.command=migrate --migrate.target="
                        + options.target() + ", or remove migrate.target");
            }
            planned = options.fake() ? fakeBackwards(undo.keySet())
                    : SchemaReplay.prepareBackwards(migrations, undo, dialect, options.dataLossAllowed(),
                            table -> hasRows(connection, dialect, table), dataMigrations());
        } else {
            List<Migration> pending = MigrationPlanner.pending(migrations, rows, options.target());
            if (pending.isEmpty()) {
                // nothing pending: no file is parsed
                return new MigrationPlan(List.of());
            }
            // the replay below reads every file: that is most of a run's own time when many are new (their
            // checksums, for the history rows, are computed while they are applied)
            try (ParseAhead.Helpers parsing = ParseAhead.whileReplaying(migrations)) {
                planned = SchemaReplay.prepare(migrations, MigrationPlanner.ids(pending), dialect, dataMigrations());
            }
            if (options.fakeInitial() && !options.fake()) {
                planned = FakeInitial.decide(connection, dialect, migrations, planned, historyTableName);
            }
            if (!options.fake()) {
                List<Migration> run = new ArrayList<>(planned.size());
                for (PlannedMigration migration : planned) {
                    if (!migration.fake()) {
                        run.add(migration.migration());
                    }
                }
                refuseFailedRows(connection, dialect, run, rows);
            }
        }
        if (options.fake()) {
            planned = planned.stream().map(PlannedMigration::asFake).toList();
        }
        return new MigrationPlan(planned);
    }

    /**
     * Whether the table holds rows now; a table that is not there under that name (renamed by a later
     * migration) counts as holding some, so that nothing is undone on a guess.
     */
    private static boolean hasRows(Connection connection, Dialect dialect, String table) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (java.sql.ResultSet rows = statement.executeQuery("select 1 from " + dialect.quote(table))) {
                return rows.next();
            }
        } catch (SQLException e) {
            // the plan is made in auto-commit mode, so a failed look leaves nothing behind
            return true;
        }
    }

    /** Unapplying without running anything needs no reverse: the rows go, newest first. */
    private List<PlannedMigration> fakeBackwards(Set<String> ids) {
        List<PlannedMigration> planned = new ArrayList<>();
        for (Migration migration : migrations) {
            if (ids.contains(migration.id())) {
                planned.add(0, new PlannedMigration(migration, PlannedMigration.Direction.BACKWARDS, true, List.of()));
            }
        }
        return planned;
    }

    private MigrateResult execute(Connection connection, Dialect dialect, HistoryTable history,
            Map<String, HistoryRow> rows, MigrationPlan plan, long start) throws SQLException {
        if (plan.isEmpty()) {
            // the usual start: nothing to run, nothing more to load
            return new MigrateResult(List.of(), List.of(), List.of(), successes(rows),
                    (System.nanoTime() - start) / 1_000_000);
        }
        List<String> applied = new ArrayList<>();
        List<String> unapplied = new ArrayList<>();
        List<String> faked = new ArrayList<>();
        MigrationExecutor executor = new MigrationExecutor(history, dialect.supportsTransactionalDdl(),
                dataMigrations());
        List<Migration> toRecord = new ArrayList<>();
        for (PlannedMigration planned : plan.migrations()) {
            if (!planned.backwards()) {
                toRecord.add(planned.migration());
            }
        }
        try (ParseAhead.Helpers checksums = ParseAhead.checksumsWhileApplying(toRecord)) {
            executeInOrder(connection, executor, rows, plan, applied, unapplied, faked);
        }
        return new MigrateResult(applied, unapplied, faked, successes(rows), (System.nanoTime() - start) / 1_000_000);
    }

    private static void executeInOrder(Connection connection, MigrationExecutor executor, Map<String, HistoryRow> rows,
            MigrationPlan plan, List<String> applied, List<String> unapplied, List<String> faked) throws SQLException {
        RunLog log = RunLog.of(plan.migrations());
        for (PlannedMigration planned : plan.migrations()) {
            String id = planned.migration().id();
            long migrationStart = System.nanoTime();
            try {
                if (planned.fake()) {
                    executor.recordFake(connection, planned);
                    faked.add(id);
                } else if (planned.backwards()) {
                    // planned backwards: it is applied, so it has its row
                    executor.unapply(connection, planned, Objects.requireNonNull(rows.get(id)));
                } else {
                    executor.apply(connection, planned, rows.containsKey(id));
                }
            } catch (SQLException | RuntimeException e) {
                log.stopped();
                throw e;
            }
            (planned.backwards() ? unapplied : applied).add(id);
            log.ran(planned, (System.nanoTime() - migrationStart) / 1_000_000);
        }
        log.finished();
    }

    private static int successes(Map<String, HistoryRow> rows) {
        int count = 0;
        for (HistoryRow row : rows.values()) {
            if (row.success()) {
                count++;
            }
        }
        return count;
    }

    /** The state of every migration file and history row; reads the database, changes nothing. */
    public List<MigrationStatus> status(Connection connection) {
        try {
            HistoryTable history = new HistoryTable(historyTableName, Dialect.fromConnection(connection));
            Map<String, HistoryRow> rows = history.exists(connection) ? history.readAll(connection) : Map.of();
            List<Migration> squashed = migrations.stream().filter(m -> !m.replaces().isEmpty()).toList();
            if (squashed.isEmpty()) {
                return MigrationPlanner.statuses(migrations, rows);
            }
            try {
                Squashes.Resolution resolution = Squashes.resolve(migrations, rows, historyTableName);
                return MigrationPlanner.statuses(resolution.migrations(), resolution.rows(), resolution.notes(), squashed);
            } catch (MigrationStateException e) {
                // an inconsistent history is shown as it is; migrate says what to do
                return MigrationPlanner.statuses(migrations, rows, Map.of(), squashed);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the history table " + historyTableName + ": "
                    + e.getMessage(), e);
        }
    }

    /** The SQL that one migration sends to a database of the given dialect, like Django's {@code sqlmigrate}. */
    public List<String> sql(String id, Dialect dialect) {
        return sql(id, dialect, false);
    }

    /**
     * The SQL that applies one migration, or with {@code backwards} unapplies it (Django's
     * {@code sqlmigrate --backwards}), on a database of the given dialect. A {@code <java>} change is
     * not run: it shows as a comment line, {@code -- runs Java: com.example.FillIsbn}
     * ({@link PlannedMigration.Step#JAVA_PREFIX}).
     */
    public List<String> sql(String id, Dialect dialect, boolean backwards) {
        // a migration a squashed one replaces, while its file is there: in the history it came from
        List<Migration> migrations = new ArrayList<>();
        for (Migration migration : this.migrations) {
            boolean replacedHere = migration.replaced().stream().anyMatch(m -> m.id().equals(id));
            migrations.addAll(replacedHere ? migration.replaced() : List.of(migration));
        }
        Migration migration = migrations.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new MigrationStateException("There is no migration " + id));
        List<PlannedMigration> planned = backwards
                ? SchemaReplay.prepareBackwards(migrations, Map.of(id, migration.operations().size()), dialect, true,
                        table -> false, dataMigrations())
                : SchemaReplay.prepare(migrations, Set.of(id), dialect, dataMigrations());
        return planned.get(0).steps().stream().flatMap(step -> step.script().stream()).toList();
    }

    /**
     * A failed row can be replaced where DDL is transactional (the failure left nothing behind);
     * elsewhere part of the migration may be in the database: the database is read to say which
     * part, and the run is refused with the way out ({@code repair}).
     */
    private void refuseFailedRows(Connection connection, Dialect dialect, List<Migration> pending,
            Map<String, HistoryRow> rows) {
        for (Migration migration : pending) {
            HistoryRow row = rows.get(migration.id());
            if (row == null || dialect.supportsTransactionalDdl()) {
                continue;
            }
            int total = migration.operations().size();
            List<Schema> states = LiveState.states(migrations, migration);
            int inDatabase;
            String unreadable = null;
            try {
                inDatabase = LiveState.read(connection, dialect, historyTableName)
                        .operationsDone(states, row.operationsDone());
            } catch (RuntimeException e) {
                inDatabase = -1;
                unreadable = e.getMessage();
            }
            boolean interrupted = row.failure() != null && row.failure().startsWith(MigrationExecutor.RUNNING);
            throw new MigrationStateException("Migration " + migration.id() + " "
                    + (interrupted ? "was interrupted" : "failed") + " on " + row.appliedAt() + " and this database ("
                    + dialect.name() + ") cannot roll DDL back. " + (interrupted ? "The history table says: "
                            + row.failure() + "." : row.failure())
                    + "\n" + (unreadable != null ? "The database could not be read to check what of it is there: "
                            + unreadable : whatIsInTheDatabase(row, states, inDatabase, total, interrupted))
                    + "\nTo go on, fix the cause, then"
                    + " run --migrate.command=repair: it reads the database again and "
                    + (inDatabase == 0 ? "removes the record, so that the migration runs again from the start."
                            : inDatabase == total ? "records it as applied."
                            : inDatabase > 0 ? "runs the remaining operations " + (inDatabase + 1) + " to " + total + "."
                            : "tells what differs."));
        }
    }

    private static String whatIsInTheDatabase(HistoryRow row, List<Schema> states, int inDatabase, int total,
            boolean interrupted) {
        if (inDatabase < 0) {
            return "The tables it changes match none of its states (before it, or after any of its " + total
                    + " operations): they were changed by hand.";
        }
        int running = row.operationsDone() + 1;
        String boundary = running > total ? ""
                : states.get(running - 1).equals(states.get(running))
                        ? " Operation " + running + " changes no table, so the database cannot tell whether it ran;"
                                + " the history table records it as " + (interrupted ? "running when the run stopped."
                                        : "failed.")
                : inDatabase == running ? " Operation " + running + ", which was running, completed."
                : inDatabase == row.operationsDone() ? " Operation " + running + ", which was running, is not in it."
                : "";
        return "Checked against the database: " + (inDatabase == 0 ? "none of its " + total + " operations is"
                : "its first " + inDatabase + " of " + total + " operation(s) are") + " in it." + boundary;
    }

    /**
     * Repairs the history after a failure, never by assumption: each failed migration's tables are
     * read from the database; one with none of its changes in the database loses its record (it runs
     * again from the start), one part-way through (on a database without transactional DDL) is
     * finished from its first operation that is not in the database; and an applied file that was
     * changed on purpose gets its checksum recorded again. Anything else is refused, saying what differs.
     *
     * @return one line per thing done
     */
    public List<String> repair(Connection connection) {
        List<String> done = new ArrayList<>();
        try {
            Dialect dialect = Dialect.fromConnection(connection);
            HistoryTable history = new HistoryTable(historyTableName, dialect);
            try (DatabaseLock lock = DatabaseLock.acquire(connection, dialect, historyTableName)) {
                if (!history.exists(connection)) {
                    return done;
                }
                Map<String, HistoryRow> rows = history.readAll(connection);
                MigrationExecutor executor = new MigrationExecutor(history, dialect.supportsTransactionalDdl(),
                dataMigrations());
                for (Migration migration : migrations) {
                    HistoryRow row = rows.get(migration.id());
                    if (row == null) {
                        continue;
                    }
                    if (!row.success()) {
                        done.add(repairFailed(connection, dialect, history, executor, migration, row));
                    } else if (!MigrationPlanner.unchanged(migration, row)) {
                        history.updateChecksum(connection, migration.id(), migration.checksum(), migration.fileHash());
                        done.add("Recorded the new checksum of " + migration.id() + " (" + migration.source()
                                + " changed after it was applied: " + shortened(row.checksum()) + " is now "
                                + shortened(migration.checksum()) + "); its operations now are: " + migration
                                .operations().stream().map(o -> o.describe()).collect(Collectors.joining("; ")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot repair: " + e.getMessage(), e);
        }
        return done;
    }

    private String repairFailed(Connection connection, Dialect dialect, HistoryTable history,
            MigrationExecutor executor, Migration migration, HistoryRow row) throws SQLException {
        int total = migration.operations().size();
        List<Schema> states = LiveState.states(migrations, migration);
        LiveState live = LiveState.read(connection, dialect, historyTableName);
        int likely = row.operationsDone(); // where DDL is transactional, 0 unless online steps committed one by one
        int inDatabase = live.operationsDone(states, likely);
        boolean interrupted = row.failure() != null && row.failure().startsWith(MigrationExecutor.RUNNING);
        int running = row.operationsDone() + 1;
        if (interrupted && running <= total && inDatabase == row.operationsDone()
                && states.get(running - 1).equals(states.get(running))) {
            throw new MigrationStateException("Cannot repair " + migration.id() + ": the run stopped while operation "
                    + running + " of " + total + " (" + migration.operations().get(running - 1).describe()
                    + ") was running, and it changes no table, so the database cannot tell whether it ran. Check by"
                    + " hand; if it did not run, run it and the operations after it by hand; then mark the migration"
                    + " as applied:\n  " + history.markAppliedStatementFor(migration.id()));
        }
        if (inDatabase < 0 || (inDatabase > 0 && dialect.supportsTransactionalDdl() && inDatabase != likely)) {
            throw new MigrationStateException("Cannot repair " + migration.id() + ": the tables it changes match none"
                    + " of its states. Compared with the state before it (" + row.operationsDone() + " of " + total
                    + " operations recorded as done):\n  " + String.join("\n  ", live.differences(states,
                            states.get(Math.min(row.operationsDone(), total))))
                    + "\nBring them to the state before it or after one of its operations, then run repair again.");
        }
        if (inDatabase == 0) {
            history.delete(connection, migration.id());
            return "Removed the record of failed migration " + migration.id() + ": none of its operations is in the"
                    + " database (checked); the next migrate runs it from the start.";
        }
        PlannedMigration planned = SchemaReplay.prepare(migrations, Set.of(migration.id()), dialect, dataMigrations())
                .get(0);
        Log.logger.info("Repairing {}: operations 1 to {} of {} are in the database (checked); running {} to {}",
                migration.id(), inDatabase, total, inDatabase + 1, total);
        if (inDatabase < total) {
            executor.resume(connection, planned, inDatabase);
        } else {
            history.update(connection, migration.id(), 0, true, total, null);
        }
        return "Finished " + migration.id() + ": operations 1 to " + inDatabase + " of " + total + " were in the"
                + " database (checked)" + (inDatabase < total ? ", ran " + (inDatabase + 1) + " to " + total : "")
                + "; it is recorded as applied.";
    }

    private static String shortened(String checksum) {
        return checksum == null ? "(none)" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
