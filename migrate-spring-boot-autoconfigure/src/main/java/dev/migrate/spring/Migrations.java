package dev.migrate.spring;

import dev.migrate.dialect.Dialect;
import dev.migrate.diff.Autodetector;
import dev.migrate.diff.Changes;
import dev.migrate.diff.Questioner;
import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.MigrationPlan;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationStatus;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.SchemaDrift;
import dev.migrate.engine.SchemaReplay;
import dev.migrate.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * An application's migrations: its files, its database and history table, and how its JPA entities
 * compare with the files. This is the bean that {@code /actuator/migrations} reports on.
 */
public class Migrations {

    private final DataSource dataSource;
    private final MigrateProperties properties;
    private final MigrationFiles files;

    private volatile List<Migration> applicationMigrations;
    private volatile EntityModel entityModel;
    private volatile ModelComparison modelComparison;
    private volatile CompletableFuture<Schema> applicationSchema;

    public Migrations(DataSource dataSource, MigrateProperties properties, MigrationFiles files) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.files = files;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String historyTable() {
        return properties.getHistoryTable();
    }

    public Path sourceDir() {
        return Path.of(properties.getSourceDir()).toAbsolutePath().normalize();
    }

    /** The migrations the application runs: the files in {@code migrate.locations}, read once. */
    public List<Migration> applicationMigrations() {
        List<Migration> loaded = applicationMigrations;
        if (loaded == null) {
            synchronized (this) {
                if (applicationMigrations == null) {
                    applicationMigrations = files.load(properties.getLocations());
                }
                loaded = applicationMigrations;
            }
        }
        return loaded;
    }

    /** The migrations a developer works on: the locations and the source directory, read now. */
    public List<Migration> developmentMigrations() {
        return files.load(properties.getLocations(), sourceDir());
    }

    /** Applies the application's pending migrations up to {@code target} (all when null), on one connection. */
    public MigrateResult migrate(String target) {
        return migrate(MigrateOptions.forwards(target).withFakeInitial(properties.isFakeInitial()));
    }

    /** Brings the database to the options' target with the application's migrations, on one connection. */
    public MigrateResult migrate(MigrateOptions options) {
        return withMigrator(applicationMigrations(), (migrator, connection) -> migrator.migrate(connection, options));
    }

    public MigrateResult migrate(List<Migration> migrations, String target) {
        return withMigrator(migrations, (migrator, connection) -> migrator.migrate(connection, target));
    }

    /** What {@link #migrate(MigrateOptions)} would do; changes nothing. */
    public MigrationPlan plan(MigrateOptions options) {
        return withMigrator(applicationMigrations(), (migrator, connection) -> migrator.plan(connection, options));
    }

    /** Repairs the history after a failure, checked against the live schema; one line per thing done. */
    public List<String> repair() {
        return withMigrator(applicationMigrations(), (migrator, connection) -> migrator.repair(connection));
    }

    private <T> T withMigrator(List<Migration> migrations, java.util.function.BiFunction<Migrator, Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new Migrator(migrations, historyTable()), connection);
        } catch (SQLException e) {
            throw cannotConnect(e);
        }
    }

    /** The state of every migration and history row. */
    public List<MigrationStatus> status() {
        try (Connection connection = dataSource.getConnection()) {
            return new Migrator(applicationMigrations(), historyTable()).status(connection);
        } catch (SQLException e) {
            throw cannotConnect(e);
        }
    }

    /** The SQL one migration sends to this database, or with {@code backwards} the SQL that unapplies it. */
    public List<String> sql(String id, boolean backwards) {
        try (Connection connection = dataSource.getConnection()) {
            return new Migrator(applicationMigrations(), historyTable()).sql(id, Dialect.fromConnection(connection),
                    backwards);
        } catch (SQLException e) {
            throw cannotConnect(e);
        }
    }

    /**
     * How the database differs from the schema its applied migrations describe (pending files are
     * not drift), read now: one connection, a fixed number of catalog queries.
     *
     * @throws dev.migrate.introspect.IntrospectionException when the schema cannot be read, or holds
     *         what the schema model cannot express
     */
    public SchemaDrift drift() {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaDrift.read(connection, applicationMigrations(), historyTable());
        } catch (SQLException e) {
            throw cannotConnect(e);
        }
    }

    public DatabaseInfo database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new DatabaseInfo(meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw cannotConnect(e);
        }
    }

    /** What the entities have that the migrations do not; writes nothing. */
    public ModelComparison compare(EntityModel model, List<Migration> migrations) {
        return compare(model, () -> SchemaReplay.of(migrations));
    }

    /** {@link #compare} with the application's migrations, replayed once (see {@link #replayInBackground}). */
    public ModelComparison compareWithApplicationMigrations(EntityModel model) {
        return compare(model, this::applicationSchema);
    }

    private static ModelComparison compare(EntityModel model, Supplier<Schema> history) {
        if (model.problem() != null) {
            return ModelComparison.unsupportedMapping(model.problem());
        }
        try {
            Changes changes = new Autodetector(Questioner.nonInteractive())
                    .diff(history.get(), model.schema(), model.renames());
            return new ModelComparison(changes.operations(), changes.warnings(), null);
        } catch (UnsupportedChangeException e) {
            return new ModelComparison(List.of(), List.of(), e.getMessage());
        }
    }

    /**
     * Starts replaying the application's migrations into a schema on a thread of its own. Replaying
     * parses every file, which costs a noticeable part of a second in a cold JVM; started right
     * after the migrations are applied, it runs while Hibernate boots, and the entity comparison
     * then finds it done.
     */
    public void replayInBackground() {
        if (applicationSchema == null) {
            applicationSchema = CompletableFuture.supplyAsync(() -> SchemaReplay.of(applicationMigrations()),
                    task -> {
                        Thread thread = new Thread(task, "migrate-replay");
                        thread.setDaemon(true);
                        thread.start();
                    });
        }
    }

    private Schema applicationSchema() {
        CompletableFuture<Schema> replay = applicationSchema;
        if (replay == null) {
            return SchemaReplay.of(applicationMigrations());
        }
        try {
            return replay.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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

    private IllegalStateException cannotConnect(SQLException e) {
        return new IllegalStateException("Cannot use the database for migrations: " + e.getMessage(), e);
    }
}
