package dev.migrate.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/** Tells Spring Boot that {@link MigrateInitializer} beans initialize the database. */
class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrateInitializer.class);
    }

    /** Before script-based initialization, as Flyway and Liquibase are, so data.sql finds the tables. */
    @Override
    public int getOrder() {
        return 1;
    }
}
