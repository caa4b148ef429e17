package dev.migrate.engine;

import dev.migrate.dialect.Dialect;
import dev.migrate.diff.Autodetector;
import dev.migrate.diff.Changes;
import dev.migrate.diff.RenameHints;
import dev.migrate.liquibase.ChangeSetId;
import dev.migrate.liquibase.ChangelogResources;
import dev.migrate.liquibase.Contexts;
import dev.migrate.liquibase.LiquibaseImport;
import dev.migrate.liquibase.LiquibaseOrigins;
import dev.migrate.schema.Schema;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one entry to migrate, configured once ({@link MigrateConfiguration}), like Flyway's
 * {@code Flyway}: Django's {@code migrate} (with a plan, going back, fake), {@code showmigrations},
 * {@code sqlmigrate}, {@code makemigrations} (and {@code --check}, {@code --merge}, {@code --empty}),
 * {@code squashmigrations},
 * drift and repair. Each call that
 * needs the database uses one connection of its own. Thread-safe.
 */
public final class Migrate {

    private final MigrateConfiguration configuration;
    private volatile @Nullable List<Migration> migrations;
    private volatile @Nullable ReplayedSchema replayed;

    public Migrate(MigrateConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    public MigrateConfiguration configuration() {
        return configuration;
    }

    /** The application's migrations in order, read once. */
    public List<Migration> migrations() {
        List<Migration> loaded = migrations;
        if (loaded == null) {
            synchronized (this) {
                if (migrations == null) {
                    migrations = List.copyOf(configuration.migrations().get());
                }
                loaded = migrations;
            }
        }
        return loaded;
    }

    /** The schema the application's migrations describe, replayed once (every file parsed). */
    public Schema replayed() {
        return replay().schema();
    }

    /**
     * Gets {@link #changes} ready on the caller's thread: finds what the application's migrations
     * replay to in the replay cache, else replays them (parsing every file). The start-up calls it on
     * a thread of its own while Hibernate boots.
     */
    public void prepareChanges() {
        replay();
    }

    private ReplayedSchema replay() {
        ReplayedSchema replay = replayed;
        if (replay == null) {
            synchronized (this) {
                if (replayed == null) {
                    replayed = replay(migrations());
                }
                replay = replayed;
            }
        }
        return replay;
    }

    /** The migrations' schema from the replay cache when it has them, else replayed (and kept there). */
    private ReplayedSchema replay(List<Migration> all) {
        Path directory = configuration.replayCache();
        ReplayCache cache = directory == null ? null : ReplayCache.of(directory, all);
        byte[] kept = cache == null ? null : cache.find();
        return kept != null ? ReplayedSchema.kept(kept, () -> replayFiles(all, cache))
                : ReplayedSchema.of(replayFiles(all, cache));
    }

    private static Schema replayFiles(List<Migration> all, @Nullable ReplayCache cache) {
        Schema schema = SchemaReplay.of(all);
        if (cache != null) {
            cache.keep(schema);
        }
        return schema;
    }

    /** Brings the database to the options' target; see {@link Migrator#run(Connection, MigrateOptions)}. */
    public MigrateResult migrate(MigrateOptions options) {
        return withMigrationsAndConnection(connection -> withLockTimeout(connection,
                () -> Migrator.run(connection, configuration.historyTable(), this::migrator, options, null)));
    }

    /**
     * As {@link #migrate(MigrateOptions)}, first recording as applied the pending migrations Liquibase
     * already ran here ({@link #adoptLiquibase}), in the same run: one connection, one lock and one
     * history read, as a start needs.
     */
    public MigrateResult migrate(MigrateOptions options, Function<Migration, List<ChangeSetId>> liquibaseOrigins) {
        return withMigrationsAndConnection(connection -> withLockTimeout(connection,
                () -> Migrator.run(connection, configuration.historyTable(), this::migrator, options, liquibaseOrigins)));
    }

    /** What {@link #migrate} with the same options would do; changes nothing. */
    public MigrationPlan plan(MigrateOptions options) {
        return withMigrationsAndConnection(connection -> {
            MigrationPlan plan = migrator().plan(connection, options);
            java.util.Set<String> applying = plan.migrations().stream().filter(p -> !p.fake() && !p.backwards())
                    .map(p -> p.migration().id()).collect(java.util.stream.Collectors.toSet());
            if (applying.isEmpty()) {
                return plan;
            }
            OnlineLint.Database target = OnlineLint.target(Dialect.fromConnection(connection));
            return plan.withFindings(OnlineLint.check(migrations(), applying).stream()
                    .filter(f -> OnlineLint.concerns(f, target)).toList());
        });
    }

    /** Every migration file and history row with its state. */
    public List<MigrationStatus> show() {
        return withMigrationsAndConnection(connection -> migrator().status(connection));
    }

    /** The SQL that applies one migration on this database, or with {@code backwards} unapplies it. */
    public List<String> sql(String id, boolean backwards) {
        return withMigrationsAndConnection(connection -> migrator().sql(id, Dialect.fromConnection(connection),
                backwards));
    }

    /** How the database differs from its applied migrations, read now. */
    public SchemaDrift drift() {
        return withMigrationsAndConnection(connection -> SchemaDrift.read(connection, migrations(),
                configuration.historyTable()));
    }

    /**
     * The online-safety lint ({@code --migrate.command=lint}): what each operation risks on a busy
     * database and the safe alternative. With {@code all}, every migration; otherwise those the
     * database has not applied yet (as {@link #plan} gives them). For the connected database's kind
     * (PostgreSQL or MariaDB; both for H2), or both when it cannot be reached.
     */
    public List<OnlineLint.Finding> lint(boolean all) {
        if (all) {
            OnlineLint.Database target = lintTarget();
            return OnlineLint.check(migrations(), null).stream().filter(f -> OnlineLint.concerns(f, target)).toList();
        }
        return plan(MigrateOptions.forwards(null)).findings();
    }

    /** The kind of database findings are for: the configured one's, or both when it cannot be reached. */
    private OnlineLint.Database lintTarget() {
        try (Connection connection = configuration.dataSource().getConnection()) {
            return OnlineLint.target(Dialect.fromConnection(connection));
        } catch (SQLException | RuntimeException e) {
            return OnlineLint.Database.ALL;
        }
    }

    /** Repairs the history after a failure, checked against the live schema; one line per thing done. */
    public List<String> repair() {
        return withMigrationsAndConnection(connection -> withLockTimeout(connection,
                () -> migrator().repair(connection)));
    }

    /**
     * The entity changes that the application's migrations do not cover: the one comparison, used by
     * the start-up. Replays the files once ({@link #replayed()}); when the replay cache has them, and
     * the model is their schema but for the order of columns, answers from the cache's bytes alone.
     */
    public Changes changes(Schema model, RenameHints hints) {
        ReplayedSchema replay = replay();
        if (replay.sameIgnoringColumnOrder(model)) {
            return Changes.none();
        }
        return new Autodetector(configuration.questioner()).diff(replay.schema(), model, hints);
    }

    /** The entity changes that the development migrations (those just written included) do not cover. */
    public Changes check(Schema model, RenameHints hints) {
        return maker().changes(configuration.developmentMigrations().get(), model, hints);
    }

    /** Writes the next migration for the entity changes into the source directory ({@code makemigrations}). */
    public MakeResult make(Schema model, RenameHints hints, @Nullable String name) {
        if (configuration.sourceDir() == null) {
            throw new IllegalStateException("make needs a source directory to write into");
        }
        return maker().make(configuration.developmentMigrations().get(), model, hints, configuration.sourceDir(), name,
                configuration.online(), this::lintTarget);
    }

    /**
     * Joins the branches of a history with more than one latest migration ({@code makemigrations --merge}):
     * checks that they do not touch the same table or column in ways that depend on their order, asks
     * the questioner, and writes an empty migration that depends on every latest migration into the
     * source directory. With one latest migration, nothing is written ("No conflicts detected to merge.").
     *
     * @param name the name after the number, or null for {@code merge_<latest ids>}
     */
    public MergeResult makeMerge(@Nullable String name) {
        Path directory = requireSourceDir("make --merge");
        return new MigrationMerger(new MigrationWriter(), configuration.questioner())
                .merge(configuration.branchedMigrations().get(), directory, name);
    }

    /** {@link #makeMerge(String)} named as Django names merges. */
    public MergeResult makeMerge() {
        return makeMerge(null);
    }

    /**
     * Writes an empty migration after the current latest one into the source directory, for changes
     * written by hand ({@code makemigrations --empty}).
     *
     * @param name the name after the number, or null to make one up ({@code auto_<timestamp>})
     */
    public MakeResult makeEmpty(@Nullable String name) {
        Path directory = requireSourceDir("make --empty");
        return maker().makeEmpty(configuration.developmentMigrations().get(), directory, name);
    }

    /**
     * Writes one migration that replaces the migrations {@code from}..{@code target} into the source
     * directory ({@code squashmigrations}); see {@link MigrationSquasher}. Reads the development
     * migrations; refuses a range that is not linear.
     *
     * @param from the first migration of the range, or null for the first migration
     * @param target the last migration of the range
     * @param name the name after the number, or null for {@code squashed_<target id>}
     */
    public SquashResult squash(@Nullable String from, @Nullable String target, @Nullable String name) {
        Path directory = requireSourceDir("squash");
        return new MigrationSquasher(new MigrationWriter())
                .squash(configuration.developmentMigrations().get(), directory, from, target, name);
    }

    /**
     * Switching from Liquibase: converts the changelog (with its includes) into one migration per
     * changeSet and writes them into the source directory, which must hold no migration yet. The
     * types, properties and {@code dbms} changeSets are those of the database this configuration
     * connects to, so the files make there what Liquibase made; see {@link LiquibaseImport}.
     *
     * @param resources where the changelog and the files it names are read from
     * @param changelog the master changelog, such as {@code classpath:db/changelog/db.changelog-master.xml}
     * @param contexts the Liquibase contexts the application ran with
     * @return the files written, in order
     */
    public List<Path> importLiquibase(ChangelogResources resources, String changelog, Contexts contexts) {
        Path directory = requireSourceDir("import-liquibase");
        String dbms = withConnection(connection -> Dialect.fromConnection(connection).name());
        boolean caseSensitive = "mariadb".equals(dbms) && withConnection(LiquibaseAdoption::caseSensitiveTableNames);
        return new LiquibaseImport(resources, dbms, contexts, caseSensitive).write(changelog, directory);
    }

    /**
     * Records as applied, without running them, the pending migrations imported from Liquibase whose
     * changeSets Liquibase already ran on this database ({@code databasechangelog}), once the live schema
     * is checked to hold what they make. Does nothing on a database without {@code databasechangelog}.
     * Run it before {@link #migrate}: the migrations Liquibase did not run stay pending.
     *
     * @param origins the changeSets each migration was imported from ({@link #liquibaseOrigins})
     * @return the ids recorded, in order
     */
    public List<String> adoptLiquibase(Function<Migration, List<ChangeSetId>> origins) {
        return withMigrationsAndConnection(connection -> LiquibaseAdoption.adopt(connection, migrations(), origins,
                configuration.historyTable()));
    }

    /**
     * The changeSets each migration file records (the comment the import writes), read from the files'
     * bytes when first asked for, by file name.
     */
    public static Function<Migration, List<ChangeSetId>> liquibaseOrigins(List<MigrationResource> resources) {
        return liquibaseOrigins(() -> resources);
    }

    /**
     * As {@link #liquibaseOrigins(List)}, the files found only when first asked for: a start with
     * nothing pending, or on a database Liquibase never ran on, does not look for them.
     */
    public static Function<Migration, List<ChangeSetId>> liquibaseOrigins(Supplier<List<MigrationResource>> found) {
        Map<String, List<ChangeSetId>> byId = new HashMap<>();
        return migration -> {
            synchronized (byId) {
                if (byId.isEmpty()) {
                    for (MigrationResource resource : found.get()) {
                        String name = resource.fileName();
                        String id = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
                        try (InputStream in = resource.open()) {
                            byId.put(id, LiquibaseOrigins.read(in.readAllBytes()));
                        } catch (IOException e) {
                            throw new UncheckedIOException("Cannot read " + resource.description(), e);
                        }
                    }
                    byId.putIfAbsent("", List.of());
                }
                return byId.getOrDefault(migration.id(), List.of());
            }
        };
    }

    private Path requireSourceDir(String what) {
        if (configuration.sourceDir() == null) {
            throw new IllegalStateException(what + " needs a source directory to write into");
        }
        return configuration.sourceDir();
    }

    private MigrationMaker maker() {
        return new MigrationMaker(new MigrationWriter(), configuration.questioner());
    }

    private Migrator migrator() {
        return new Migrator(migrations(), configuration.historyTable(), configuration.dataMigrationFactory())
                .withReplayCache(configuration.replayCache());
    }

    /**
     * As {@link #withConnection}, for work that needs the migrations: when they are not read yet, another
     * core reads them while this thread connects. At a start the connection is the pool's first, which
     * takes longer than reading 500 files, so the files cost the start nothing.
     */
    private <T> T withMigrationsAndConnection(SqlWork<T> work) {
        if (migrations == null && Runtime.getRuntime().availableProcessors() > 1) {
            new Reader(this).start();
        }
        return withConnection(work);
    }

    /**
     * Reads the migrations for {@link #withMigrationsAndConnection}; whichever thread asks first reads
     * them, and the other waits for it. A failure is left for the caller's own read to meet and report.
     */
    private static final class Reader extends Thread {
        private final Migrate migrate;

        Reader(Migrate migrate) {
            super("migrate-read");
            setDaemon(true);
            this.migrate = migrate;
        }

        @Override
        public void run() {
            try {
                migrate.migrations();
            } catch (RuntimeException | LinkageError e) {
                // the caller reads them again and reports it (a class a customized reading lacks, too)
            }
        }
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = configuration.dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use the database for migrations: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work with the session's lock timeout set to {@code migrate.lock-timeout} (when given and
     * the database has one), sent before any migration's statement, and restored after, so that a
     * pooled connection goes back as it came.
     */
    private <T> T withLockTimeout(Connection connection, java.util.function.Supplier<T> work) throws SQLException {
        java.util.Optional<dev.migrate.dialect.LockTimeout> timeout = configuration.lockTimeout() == null
                ? java.util.Optional.empty() : Dialect.fromConnection(connection).lockTimeout(configuration.lockTimeout());
        if (timeout.isEmpty()) {
            return work.get();
        }
        boolean autoCommit = connection.getAutoCommit();
        try (java.sql.Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(timeout.get().set());
        }
        try {
            return work.get();
        } finally {
            try (java.sql.Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute(timeout.get().reset());
            } catch (SQLException e) {
                // the connection may be broken; it is closed next either way
            }
            connection.setAutoCommit(autoCommit);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
