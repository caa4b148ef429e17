package dev.migrate.spring;

import dev.migrate.engine.MigrateConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code migrate.*} properties. */
@ConfigurationProperties("migrate")
public class MigrateProperties {

    /** Whether to apply pending migrations at start-up and to offer the commands. */
    private boolean enabled = true;

    /**
     * Where the application reads its migration files (NNNN_name.xml, directly inside each
     * location): classpath:db/migrations, filesystem:/srv/migrations, or any Spring resource
     * location such as file:/srv/migrations.
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /**
     * The directory that the make command and migrate.model-changes=generate write new migration
     * files into, relative to the working directory. Its files are read together with the locations
     * by make, check and generate, so a file just written counts before it is on the class path.
     */
    private String sourceDir = "src/main/resources/db/migrations";

    /**
     * What to do at start-up when the JPA entities have changes that no migration covers: fail the
     * start, warn and start anyway, or generate the migration file and apply it (for development).
     */
    private ModelChanges modelChanges = ModelChanges.FAIL;

    /** The table that records which migrations were applied. */
    private String historyTable = "migrate_history";

    /**
     * A command to run instead of the application: make, migrate, show, sql, check, plan, repair, drift, squash or import-liquibase. The
     * application does not start its web server or its own work; the process exits with the
     * command's status.
     */
    private @Nullable Command command;

    /**
     * The name of the migration that make writes (after its number); made up from the changes when not
     * set (merge_ and the migrations it joins for a merge, auto_ and a timestamp for an empty one).
     */
    private @Nullable String name;

    /**
     * With the make command: when the migrations have more than one latest migration (two branches
     * made from the same parent), print each branch's operations since their common ancestor and
     * write a merge migration that depends on every latest migration (makemigrations --merge). Refused
     * when the branches change the same table or column in ways that depend on their order; asked at a
     * console when migrate.interactive allows. The entities are not read.
     */
    private boolean merge;

    /**
     * With the make command: write an empty migration after the latest one, to fill in by hand
     * (makemigrations --empty). The entities are not read.
     */
    private boolean empty;

    /**
     * With the import-liquibase command: the Liquibase master changelog to convert, as Liquibase was
     * given it (spring.liquibase.change-log), such as classpath:db/changelog/db.changelog-master.xml.
     */
    private @Nullable String changelog;

    /**
     * With the import-liquibase command: the Liquibase contexts the application ran with
     * (spring.liquibase.contexts), comma-separated; changeSets of other contexts are not imported. Not
     * set: every changeSet, as Liquibase runs them without contexts.
     */
    private @Nullable String changelogContexts;

    /**
     * A migration id: migrate (and the start-up) applies pending migrations up to and including it;
     * sql prints its SQL. The migrate command also goes back to it, unapplying the later
     * migrations, and "zero" unapplies every migration; the start-up never goes back.
     */
    private @Nullable String target;

    /**
     * With the migrate command: record the migrations as applied (or, going back, as unapplied) up
     * to migrate.target without running their SQL, for a database that already is in that state.
     */
    private boolean fake;

    /**
     * At start-up and with the migrate command: record an initial migration as applied without
     * running it when every table it creates already exists in the database exactly as it would
     * create it (each difference is listed otherwise), to adopt a database made by ddl-auto or by hand.
     */
    private boolean fakeInitial;

    /**
     * With the migrate command going back: allow undoing a drop, which recreates the table or column
     * without the data it had.
     */
    private boolean allowDataLoss;

    /** With the sql command: print the SQL that unapplies the migration instead. */
    private boolean backwards;

    /**
     * With the squash command: the first migration to squash (squashmigrations' start_migration_name);
     * the first migration when not set. migrate.target is the last one, migrate.name the squashed
     * migration's name after its number (squashed_ and the target's id when not set).
     */
    private @Nullable String from;

    /**
     * With the migrate command: after the run, remove the history rows of migrations whose files are
     * gone and that an applied squashed migration replaces, printing each (migrate --prune).
     */
    private boolean prune;

    /**
     * Whether make may ask questions at a console (a likely rename, a one-off default for a new NOT
     * NULL column, whether to merge). Without a console, or when false, nothing is asked and the answer
     * is no (yes to a merge, whose branches were checked not to conflict).
     */
    private boolean interactive = true;

    /**
     * The JDBC URL of the database to migrate, when migrations should not use the application's
     * DataSource. Migrations then open their own (unpooled) connections with migrate.user and
     * migrate.password.
     */
    private @Nullable String url;

    /**
     * The user that migrations connect as, for instance one allowed to change the schema. Without
     * migrate.url, migrations connect to the application's database (spring.datasource.url) as this user.
     */
    private @Nullable String user;

    /** The password of migrate.user. Without migrate.url, the application's password when not set. */
    private @Nullable String password;

    /** The JDBC driver of the migrations' own connections; found from the URL when not set. */
    private @Nullable String driverClassName;

    /**
     * How long a migration's statements wait for a lock before they fail (PostgreSQL's lock_timeout,
     * MariaDB's lock_wait_timeout in whole seconds), so that a migration queued behind a long
     * transaction fails fast instead of making all traffic on its table queue behind it. Not set: the
     * database's own setting.
     */
    private java.time.@Nullable Duration lockTimeout;

    /** make writes the online forms of the changes to existing tables (PostgreSQL: concurrently, NOT VALID then validated). */
    private boolean online;

    /** lint checks every migration, not only the pending ones (needs no database). */
    private boolean lintAll;

    private final ReplayCache replayCache = new ReplayCache();

    public ReplayCache getReplayCache() {
        return replayCache;
    }

    /**
     * Where what the migration files replay to is kept between starts: the schema, so that a start whose
     * files did not change reads it back instead of parsing every file for the entity comparison; and
     * the plan of a start that applied every file to a new database, which the next such start applies
     * without parsing them.
     */
    public static class ReplayCache {

        /** Keep the replayed schema, and the plan that applies every file to a new database, between starts. */
        private boolean enabled = true;

        /**
         * The directory it is kept in (made owner-only; not used when another user owns it or others may
         * write to it). Default: migrate-replay-cache-USER in the JVM's temporary directory.
         */
        private @Nullable String dir;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public @Nullable String getDir() {
            return dir;
        }

        public void setDir(@Nullable String dir) {
            this.dir = dir;
        }

        /** The directory to use, or null when the cache is off. */
        public java.nio.file.@Nullable Path directory() {
            if (!enabled) {
                return null;
            }
            return dir != null && !dir.isBlank() ? java.nio.file.Path.of(dir) : MigrateConfiguration.defaultReplayCache();
        }
    }

    public java.time.@Nullable Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(java.time.@Nullable Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public boolean isLintAll() {
        return lintAll;
    }

    public void setLintAll(boolean lintAll) {
        this.lintAll = lintAll;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getSourceDir() {
        return sourceDir;
    }

    public void setSourceDir(String sourceDir) {
        this.sourceDir = sourceDir;
    }

    public ModelChanges getModelChanges() {
        return modelChanges;
    }

    public void setModelChanges(ModelChanges modelChanges) {
        this.modelChanges = modelChanges;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public @Nullable Command getCommand() {
        return command;
    }

    public void setCommand(@Nullable Command command) {
        this.command = command;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public boolean isPrune() {
        return prune;
    }

    public void setPrune(boolean prune) {
        this.prune = prune;
    }

    public boolean isMerge() {
        return merge;
    }

    public void setMerge(boolean merge) {
        this.merge = merge;
    }

    public boolean isEmpty() {
        return empty;
    }

    public void setEmpty(boolean empty) {
        this.empty = empty;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public boolean isFake() {
        return fake;
    }

    public void setFake(boolean fake) {
        this.fake = fake;
    }

    public boolean isFakeInitial() {
        return fakeInitial;
    }

    public void setFakeInitial(boolean fakeInitial) {
        this.fakeInitial = fakeInitial;
    }

    public boolean isAllowDataLoss() {
        return allowDataLoss;
    }

    public void setAllowDataLoss(boolean allowDataLoss) {
        this.allowDataLoss = allowDataLoss;
    }

    public boolean isBackwards() {
        return backwards;
    }

    public void setBackwards(boolean backwards) {
        this.backwards = backwards;
    }

    public void setTarget(@Nullable String target) {
        this.target = target;
    }

    public boolean isInteractive() {
        return interactive;
    }

    public void setInteractive(boolean interactive) {
        this.interactive = interactive;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getUser() {
        return user;
    }

    public void setUser(@Nullable String user) {
        this.user = user;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getDriverClassName() {
        return driverClassName;
    }

    public void setDriverClassName(@Nullable String driverClassName) {
        this.driverClassName = driverClassName;
    }

    /** What the start-up does about entity changes that no migration covers. */
    public enum ModelChanges {
        /** Fail the start, listing the changes and the command that writes their migration. */
        FAIL,
        /** Log the changes and start anyway. */
        WARN,
        /** Write the migration into the source directory and apply it in the same start (development only). */
        GENERATE
    }

    public @Nullable String getChangelog() {
        return changelog;
    }

    public void setChangelog(@Nullable String changelog) {
        this.changelog = changelog;
    }

    public @Nullable String getChangelogContexts() {
        return changelogContexts;
    }

    public void setChangelogContexts(@Nullable String changelogContexts) {
        this.changelogContexts = changelogContexts;
    }

    /** The commands, after Django's management commands. */
    public enum Command {
        /**
         * Write the next migration file for the entity changes (makemigrations); with migrate.merge a
         * merge migration, with migrate.empty an empty one.
         */
        MAKE,
        /** Apply the pending migrations (migrate). */
        MIGRATE,
        /** List every migration and whether it is applied (showmigrations). */
        SHOW,
        /** Print the SQL of one migration for the connected database (sqlmigrate). */
        SQL,
        /** Exit 1 when the entities have changes that no migration covers (makemigrations --check). */
        CHECK,
        /** Print what migrate with the same options would do, with its SQL, changing nothing (migrate --plan). */
        PLAN,
        /**
         * Repair the history after a failure, checked against the live schema: forget a failed
         * migration none of whose changes is in the database, finish one that stopped part-way, and
         * record the checksum of an applied file that was changed on purpose.
         */
        REPAIR,
        /**
         * Compare the live database with the schema its applied migrations describe, and exit 1
         * listing each difference (a column, index or table added, dropped or changed by hand), else 0.
         */
        DRIFT,
        /**
         * Write one migration that replaces migrate.from (the first migration when not set) up to
         * migrate.target, their operations optimized, listing the ids it replaces (squashmigrations).
         * Exit 2 without migrate.target, 1 when the range cannot be squashed.
         */
        SQUASH,
        /**
         * Switch from Liquibase: convert the XML changelog migrate.changelog (with its include and
         * includeAll) into one migration per changeSet in migrate.source-dir, for the connected
         * database's kind and the Liquibase contexts migrate.changelog-contexts. On each database the
         * start then records the changeSets Liquibase ran there as applied without running them
         * (checked against the live schema) and applies the others. Exit 2 without migrate.changelog, 1
         * when a change cannot be converted (each named with its file and line; nothing is written).
         */
        IMPORT_LIQUIBASE,
        /**
         * The online-safety lint of the pending migrations (with migrate.lint-all, of every migration):
         * what each change risks on a busy database and its safe form; exit 1 on findings, for CI.
         */
        LINT
    }
}
