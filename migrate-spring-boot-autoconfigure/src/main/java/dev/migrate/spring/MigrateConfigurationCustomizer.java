package dev.migrate.spring;

import dev.migrate.engine.MigrateConfiguration;

/**
 * Changes the core {@link MigrateConfiguration} that {@link Migrations} builds from the
 * {@code migrate.*} properties, before the core {@link dev.migrate.engine.Migrate} is made from it.
 * The configuration is an immutable record: return the changed copy, for example
 * {@code configuration -> configuration.withHistoryTable("schema_log")}. Every bean of this type
 * applies, in {@link org.springframework.core.annotation.Order @Order} / {@link org.springframework.core.Ordered}
 * order, each one receiving what the previous one returned; a later one thus wins over an earlier one.
 * The start-up, the commands and {@code /actuator/migrations} all use the customized configuration.
 */
@FunctionalInterface
public interface MigrateConfigurationCustomizer {

    /**
     * @param configuration the configuration so far
     * @return the configuration to use (not null), usually {@code configuration.with...(...)}
     */
    MigrateConfiguration customize(MigrateConfiguration configuration);
}
