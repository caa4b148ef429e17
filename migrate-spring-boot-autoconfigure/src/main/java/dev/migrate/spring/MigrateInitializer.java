package dev.migrate.spring;

import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the pending migrations while the context starts. Spring Boot's database initialization
 * detection makes the EntityManagerFactory, JdbcTemplates and other database users wait for it.
 * Does nothing when a command runs instead of the application.
 */
public class MigrateInitializer implements InitializingBean {

    private final Migrations migrations;
    private final MigrateProperties properties;
    private final MigrateStartup startup;
    private final boolean entitiesFollow;

    /**
     * @param entitiesFollow whether Hibernate will compare the entities with the migrations next,
     *        so that replaying them can start now
     */
    public MigrateInitializer(Migrations migrations, MigrateProperties properties, MigrateStartup startup,
            boolean entitiesFollow) {
        this.migrations = migrations;
        this.properties = properties;
        this.startup = startup;
        this.entitiesFollow = entitiesFollow;
    }

    @Override
    public void afterPropertiesSet() {
        if (properties.getCommand() != null) {
            return;
        }
        startup.migrated(migrations.migrate(properties.getTarget()));
        if (entitiesFollow && properties.getModelChanges() != MigrateProperties.ModelChanges.GENERATE) {
            migrations.replayInBackground();
        }
    }
}
