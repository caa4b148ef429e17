package dev.migrate.spring;

import dev.migrate.DataMigration;
import dev.migrate.diff.Changes;
import dev.migrate.diff.Questioner;
import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.engine.DataMigrations;
import dev.migrate.engine.Migrate;
import dev.migrate.engine.MigrateConfiguration;
import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationPlan;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.engine.SchemaDrift;
import dev.migrate.liquibase.ChangeSetId;
import dev.migrate.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;

/**
 * An application's migrations: a thin Spring layer over one configured core {@link Migrate} (its
 * files from {@code migrate.locations}, its database and history table), plus what the start-up
 * learned about the entities. This is the bean that {@code /actuator/migrations} reports on.
 */
public class Migrations {

    private final MigrateProperties properties;
    private final MigrationFiles files;
    private final Migrate core;

    private volatile @Nullable EntityModel entityModel;
    private volatile @Nullable ModelComparison modelComparison;

    /** Data migrations ({@code <java>} changes) are made with their no-argument constructor. */
    public Migrations(DataSource dataSource, MigrateProperties properties, MigrationFiles files) {
        this(dataSource, properties, files, null);
    }

    /**
     * @param beans where data migrations ({@code <java>} changes) come from: the bean of the named
     *        class when there is one, so that it can have dependencies injected, else a new instance
     *        made with the no-argument constructor; null for always the latter
     */
    public Migrations(DataSource dataSource, MigrateProperties properties, MigrationFiles files, @Nullable BeanFactory beans) {
        this(dataSource, properties, files, beans, List.of());
    }

    /**
     * @param beans as in {@link #Migrations(DataSource, MigrateProperties, MigrationFiles, BeanFactory)}
     * @param customizers applied in this order to the configuration made from the properties, each to
     *        what the previous one returned, before the core {@link Migrate} is made from it
     */
    public Migrations(DataSource dataSource, MigrateProperties properties, MigrationFiles files, @Nullable BeanFactory beans,
            List<? extends MigrateConfigurationCustomizer> customizers) {
        this.properties = properties;
        this.files = files;
        Function<Class<? extends DataMigration>, DataMigration> dataMigrationFactory = beans == null
                ? DataMigrations.NO_ARGUMENT_CONSTRUCTOR
                : type -> {
                    DataMigration bean = beans.getBeanProvider(type).getIfAvailable();
                    return bean != null ? bean : DataMigrations.newInstance(type);
                };
        MigrateConfiguration configuration = new MigrateConfiguration(dataSource,
                () -> files.load(properties.getLocations()), this::developmentMigrations, properties.getHistoryTable(),
                propertiesSourceDir(), Questioner.nonInteractive(),
                () -> files.loadBranches(properties.getLocations(), sourceDir()), dataMigrationFactory)
                .withLockTimeout(properties.getLockTimeout()).withOnline(properties.isOnline())
                .withReplayCache(properties.getReplayCache().directory());
        for (MigrateConfigurationCustomizer customizer : customizers) {
            configuration = Objects.requireNonNull(customizer.customize(configuration),
                    () -> customizer + " returned no configuration");
        }
        this.core = new Migrate(configuration);
    }

    /** The core object every command and the start-up go through. */
    public Migrate core() {
        return core;
    }

    /** Where migrations connect: the core configuration's DataSource. */
    public DataSource dataSource() {
        return core.configuration().dataSource();
    }

    /** The history table's name in the core configuration ({@code migrate.history-table} unless customized). */
    public String historyTable() {
        return core.configuration().historyTable();
    }

    /** Where {@code make} writes: the core configuration's source directory, else {@code migrate.source-dir}. */
    public Path sourceDir() {
        Path configured = core == null ? null : core.configuration().sourceDir();
        return configured != null ? configured : propertiesSourceDir();
    }

    private Path propertiesSourceDir() {
        return Path.of(properties.getSourceDir()).toAbsolutePath().normalize();
    }

    /** The migrations the application runs: the files in {@code migrate.locations}, read once. */
    public List<Migration> applicationMigrations() {
        return core.migrations();
    }

    /** The migrations a developer works on: the locations and the source directory, read now. */
    public List<Migration> developmentMigrations() {
        return files.load(properties.getLocations(), sourceDir());
    }

    /** Applies the application's pending migrations up to {@code target} (all when null): the start-up, never backwards. */
    public MigrateResult migrate(@Nullable String target) {
        return migrate(MigrateOptions.forwards(target).withFakeInitial(properties.isFakeInitial()));
    }

    /**
     * Brings the database to the options' target with the application's migrations, first recording
     * what Liquibase already ran here ({@link #adoptLiquibase}) in the same run.
     */
    public MigrateResult migrate(MigrateOptions options) {
        return core.migrate(options, liquibaseOrigins());
    }

    /**
     * Switching from Liquibase: records as applied, without running them, the pending migrations
     * imported from changeSets that this database's {@code databasechangelog} shows Liquibase ran
     * (checked against the live schema). Nothing happens on a database without {@code databasechangelog};
     * {@link #migrate} calls it first.
     *
     * @return the ids recorded
     */
    public List<String> adoptLiquibase() {
        return core.adoptLiquibase(liquibaseOrigins());
    }

    private Function<Migration, List<ChangeSetId>> liquibaseOrigins() {
        return Migrate.liquibaseOrigins(() -> files.find(properties.getLocations()));
    }

    /**
     * Converts {@code migrate.changelog} into migrations in the source directory, for the connected
     * database and {@code migrate.changelog-contexts} ({@code import-liquibase}).
     *
     * @return the files written
     */
    public List<Path> importLiquibase() {
        // the import-liquibase command has checked that migrate.changelog is set
        return core.importLiquibase(files.changelogResources(), Objects.requireNonNull(properties.getChangelog()),
                dev.migrate.liquibase.Contexts.of(properties.getChangelogContexts()));
    }

    /** Applies these migrations (the development ones, for {@code model-changes=generate}). */
    public MigrateResult migrate(List<Migration> migrations, @Nullable String target) {
        MigrateConfiguration configuration = core.configuration();
        return new Migrate(MigrateConfiguration.of(configuration.dataSource(), migrations)
                .withHistoryTable(configuration.historyTable())
                .withDataMigrationFactory(configuration.dataMigrationFactory())).migrate(MigrateOptions.forwards(target));
    }

    /** What {@link #migrate(MigrateOptions)} would do; changes nothing. */
    public MigrationPlan plan(MigrateOptions options) {
        return core.plan(options);
    }

    /** Repairs the history after a failure, checked against the live schema; one line per thing done. */
    public List<String> repair() {
        return core.repair();
    }

    /** The state of every migration and history row. */
    public List<MigrationStatus> status() {
        return core.show();
    }

    /** The SQL one migration sends to this database, or with {@code backwards} the SQL that unapplies it. */
    public List<String> sql(String id, boolean backwards) {
        return core.sql(id, backwards);
    }

    /**
     * How the database differs from the schema its applied migrations describe (pending files are
     * not drift), read now: one connection, a fixed number of catalog queries.
     *
     * @throws dev.migrate.introspect.IntrospectionException when the schema cannot be read, or holds
     *         what the schema model cannot express
     */
    public SchemaDrift drift() {
        return core.drift();
    }

    public DatabaseInfo database() {
        try (Connection connection = dataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new DatabaseInfo(meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use the database for migrations: " + e.getMessage(), e);
        }
    }

    /** What the entities have that the development migrations do not ({@code check}); writes nothing. */
    public ModelComparison check(EntityModel model) {
        return compare(model, () -> core.check(readable(model), model.renames()));
    }

    /** What the entities have that the application's migrations do not (the start-up's comparison). */
    public ModelComparison compareWithApplicationMigrations(EntityModel model) {
        return compare(model, () -> core.changes(readable(model), model.renames()));
    }

    /** The schema of a model without a problem, which compare and the commands check first: that model has one. */
    static Schema readable(EntityModel model) {
        return Objects.requireNonNull(model.schema());
    }

    private static ModelComparison compare(EntityModel model, Supplier<Changes> changes) {
        if (model.problem() != null) {
            return ModelComparison.unsupportedMapping(model.problem());
        }
        try {
            Changes found = changes.get();
            return new ModelComparison(found.operations(), found.warnings(), null);
        } catch (UnsupportedChangeException e) {
            // its message says what to change; String.valueOf keeps one without from reading as up to date
            return new ModelComparison(List.of(), List.of(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Starts getting the entity comparison ready on a thread of its own ({@link Migrate#prepareChanges}):
     * reading the replay cache, or replaying the application's migrations when it has nothing for
     * them, which parses every file (a noticeable part of a second in a cold JVM). Started right
     * after the migrations are applied, it runs while Hibernate boots, and the comparison then finds
     * it done (or waits for it). A failure there shows again where the comparison asks.
     */
    public void replayInBackground() {
        Thread thread = new Thread(() -> {
            try {
                core.prepareChanges();
            } catch (RuntimeException e) {
                // the comparison replays again on its own thread and reports the failure there
            }
        }, "migrate-replay");
        thread.setDaemon(true);
        thread.start();
    }

    /** The entity model Hibernate built for this application, once it has been built. */
    public Optional<EntityModel> entityModel() {
        return Optional.ofNullable(entityModel);
    }

    void entityModel(EntityModel model) {
        this.entityModel = model;
    }

    /** How the entities compared with the migrations at start-up; empty when there are no entities. */
    public Optional<ModelComparison> modelComparison() {
        return Optional.ofNullable(modelComparison);
    }

    void modelComparison(ModelComparison comparison) {
        this.modelComparison = comparison;
    }

    /** One line per entity change that no migration covers. */
    public List<String> pendingModelChanges() {
        ModelComparison comparison = modelComparison;
        return comparison == null ? List.of() : comparison.descriptions();
    }
}
