package dev.migrate.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the pending migrations while the context starts, or runs the application's
 * {@link MigrateMigrationStrategy} in their place. Spring Boot's database initialization
 * detection makes the EntityManagerFactory, JdbcTemplates and other database users wait for it.
 * Does nothing when a command runs instead of the application.
 */
public class MigrateInitializer implements InitializingBean {

    private final Migrations migrations;
    private final MigrateProperties properties;
    private final MigrateStartup startup;
    private final boolean entitiesFollow;
    private final @Nullable MigrateMigrationStrategy strategy;

    /** Applies the pending migrations (no strategy). */
    public MigrateInitializer(Migrations migrations, MigrateProperties properties, MigrateStartup startup,
            boolean entitiesFollow) {
        this(migrations, properties, startup, entitiesFollow, null);
    }

    /**
     * @param entitiesFollow whether Hibernate will compare the entities with the migrations next,
     *        so that replaying them can start now
     * @param strategy what to do in place of applying the pending migrations, or null for that default
     */
    public MigrateInitializer(Migrations migrations, MigrateProperties properties, MigrateStartup startup,
            boolean entitiesFollow, @Nullable MigrateMigrationStrategy strategy) {
        this.migrations = migrations;
        this.properties = properties;
        this.startup = startup;
        this.entitiesFollow = entitiesFollow;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.getCommand() != null) {
            return;
        }
        if (strategy == null) {
            startup.migrated(migrations.migrate(properties.getTarget()));
        } else {
            strategy.migrate(migrations);
            startup.strategyRan();
        }
        if (entitiesFollow && properties.getModelChanges() != MigrateProperties.ModelChanges.GENERATE) {
            migrations.replayInBackground();
        }
    }
}
