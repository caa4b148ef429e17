package dev.migrate.engine;

import dev.migrate.DataMigration;
import dev.migrate.diff.Questioner;
import dev.migrate.history.HistoryTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link Migrate} needs, as one value. Start from {@link #of} or the six-value
 * constructor and add the rest with the {@code with...} methods.
 *
 * @param dataSource where migrations connect (one connection per call)
 * @param migrations the application's migrations, in order ({@link MigrationLoader}); read once, on first use,
 *        on a thread of {@link Migrate}'s own ({@code migrate-read}) while the caller connects when the
 *        machine has more than one core: it must not need a lock the calling thread holds
 * @param developmentMigrations the migrations {@code make} and {@code check} compare the entities with
 *        (the application's and those just written to {@code sourceDir}); read at each call
 * @param historyTable the history table's name
 * @param sourceDir where {@code make} writes new files
 * @param questioner who answers {@code make}'s questions (a person at a console, or no one)
 * @param branchedMigrations the development migrations as {@code make --merge} reads them: in order, more
 *        than one latest migration allowed ({@link MigrationLoader#loadBranches}); read at each call. When
 *        null, {@code developmentMigrations}, which then cannot read a branched history
 * @param dataMigrationFactory makes the {@link DataMigration} of each {@code <java>} change when it
 *        runs; by default ({@code null}) {@link DataMigrations#NO_ARGUMENT_CONSTRUCTOR}
 * @param lockTimeout how long a migration's statements wait for a lock before they fail (PostgreSQL's
 *        {@code lock_timeout}, MariaDB's {@code lock_wait_timeout}), so that a migration queued behind a
 *        long transaction fails fast instead of making all traffic on its table queue behind it; null: the
 *        database's own setting
 * @param online whether {@code make} writes the online forms of the changes that have one (indexes built
 *        concurrently, constraints validated after they are added, NOT NULL through a validated check)
 * @param replayCache a directory where what the migrations replay to is kept between starts
 *        ({@link ReplayCache}): the schema, so that a start whose files did not change parses none of them
 *        for the entity comparison, and the plan of a run that applied them all to a new database, which
 *        the next such run applies without parsing them; null: replayed at every start
 */
public record MigrateConfiguration(DataSource dataSource, Supplier<List<Migration>> migrations,
        Supplier<List<Migration>> developmentMigrations, String historyTable, @Nullable Path sourceDir,
        Questioner questioner, Supplier<List<Migration>> branchedMigrations,
        Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory,
        java.time.@Nullable Duration lockTimeout, boolean online, @Nullable Path replayCache) {

    /** The values given as null take their defaults (see above), so that their accessors are not null. */
    public MigrateConfiguration(DataSource dataSource, Supplier<List<Migration>> migrations,
            @Nullable Supplier<List<Migration>> developmentMigrations, @Nullable String historyTable,
            @Nullable Path sourceDir, @Nullable Questioner questioner,
            @Nullable Supplier<List<Migration>> branchedMigrations,
            @Nullable Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory,
            java.time.@Nullable Duration lockTimeout, boolean online, @Nullable Path replayCache) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(migrations, "migrations");
        developmentMigrations = developmentMigrations == null ? migrations : developmentMigrations;
        historyTable = historyTable == null ? HistoryTable.DEFAULT_NAME : historyTable;
        questioner = questioner == null ? Questioner.nonInteractive() : questioner;
        branchedMigrations = branchedMigrations == null ? developmentMigrations : branchedMigrations;
        dataMigrationFactory = dataMigrationFactory == null ? DataMigrations.NO_ARGUMENT_CONSTRUCTOR
                : dataMigrationFactory;
        this.dataSource = dataSource;
        this.migrations = migrations;
        this.developmentMigrations = developmentMigrations;
        this.historyTable = historyTable;
        this.sourceDir = sourceDir;
        this.questioner = questioner;
        this.branchedMigrations = branchedMigrations;
        this.dataMigrationFactory = dataMigrationFactory;
        this.lockTimeout = lockTimeout;
        this.online = online;
        this.replayCache = replayCache;
    }

    /** Without a replay cache. */
    public MigrateConfiguration(DataSource dataSource, Supplier<List<Migration>> migrations,
            @Nullable Supplier<List<Migration>> developmentMigrations, @Nullable String historyTable,
            @Nullable Path sourceDir, @Nullable Questioner questioner,
            @Nullable Supplier<List<Migration>> branchedMigrations,
            @Nullable Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory,
            java.time.@Nullable Duration lockTimeout, boolean online) {
        this(dataSource, migrations, developmentMigrations, historyTable, sourceDir, questioner, branchedMigrations,
                dataMigrationFactory, lockTimeout, online, null);
    }

    /** Without a lock timeout, and {@code make} writing the usual forms. */
    public MigrateConfiguration(DataSource dataSource, Supplier<List<Migration>> migrations,
            @Nullable Supplier<List<Migration>> developmentMigrations, @Nullable String historyTable,
            @Nullable Path sourceDir, @Nullable Questioner questioner,
            @Nullable Supplier<List<Migration>> branchedMigrations,
            @Nullable Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory) {
        this(dataSource, migrations, developmentMigrations, historyTable, sourceDir, questioner, branchedMigrations,
                dataMigrationFactory, null, false);
    }

    /** Without a separate reading for {@code make --merge}, and data migrations made with their no-argument constructor. */
    public MigrateConfiguration(DataSource dataSource, Supplier<List<Migration>> migrations,
            @Nullable Supplier<List<Migration>> developmentMigrations, @Nullable String historyTable,
            @Nullable Path sourceDir, @Nullable Questioner questioner) {
        this(dataSource, migrations, developmentMigrations, historyTable, sourceDir, questioner, null, null);
    }

    /** The given migrations, the default history table, no source directory and no questions. */
    public static MigrateConfiguration of(DataSource dataSource, List<Migration> migrations) {
        return new MigrateConfiguration(dataSource, () -> migrations, null, null, null, null);
    }

    public MigrateConfiguration withHistoryTable(String name) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, name, sourceDir, questioner,
                branchedMigrations, dataMigrationFactory, lockTimeout, online, replayCache);
    }

    public MigrateConfiguration withSourceDir(Path directory) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, directory,
                questioner, branchedMigrations, dataMigrationFactory, lockTimeout, online, replayCache);
    }

    public MigrateConfiguration withQuestioner(Questioner newQuestioner) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, sourceDir,
                newQuestioner, branchedMigrations, dataMigrationFactory, lockTimeout, online, replayCache);
    }

    /** How {@code make --merge} reads the development migrations, more than one latest migration allowed. */
    public MigrateConfiguration withBranchedMigrations(Supplier<List<Migration>> branched) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, sourceDir,
                questioner, branched, dataMigrationFactory, lockTimeout, online, replayCache);
    }

    /** Data migrations ({@code <java>} changes) made by this factory, such as one that asks a DI container. */
    public MigrateConfiguration withDataMigrationFactory(
            Function<Class<? extends DataMigration>, DataMigration> factory) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, sourceDir,
                questioner, branchedMigrations, factory, lockTimeout, online, replayCache);
    }

    /** Statements wait at most this long for a lock ({@code migrate.lock-timeout}); null for the database's setting. */
    public MigrateConfiguration withLockTimeout(java.time.@Nullable Duration timeout) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, sourceDir,
                questioner, branchedMigrations, dataMigrationFactory, timeout, online, replayCache);
    }

    /** {@code make} writes the online forms ({@code migrate.online}). */
    public MigrateConfiguration withOnline(boolean writeOnline) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, sourceDir,
                questioner, branchedMigrations, dataMigrationFactory, lockTimeout, writeOnline, replayCache);
    }

    /** What the migrations replay to is kept in this directory between starts ({@code migrate.replay-cache.dir}); null for none. */
    public MigrateConfiguration withReplayCache(@Nullable Path directory) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, sourceDir,
                questioner, branchedMigrations, dataMigrationFactory, lockTimeout, online, directory);
    }

    /**
     * Where the replay cache is kept unless told otherwise, by the starter and by {@link Migrator}:
     * {@code migrate-replay-cache-USER} in the JVM's temporary directory, each character of the user's
     * name but {@code [A-Za-z0-9._-]} written as {@code _}.
     */
    public static Path defaultReplayCache() {
        return defaultReplayCache(System.getProperty("java.io.tmpdir"), System.getProperty("user.name", ""));
    }

    static Path defaultReplayCache(String temporaryDirectory, String user) {
        StringBuilder name = new StringBuilder("migrate-replay-cache-");
        for (int i = 0; i < user.length(); i += Character.charCount(user.codePointAt(i))) {
            int c = user.codePointAt(i);
            boolean plain = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-';
            name.append(plain ? (char) c : '_');
        }
        return Path.of(temporaryDirectory, name.toString());
    }

}
