package dev.migrate.spring.autoconfigure;

import dev.migrate.spring.Migrations;
import dev.migrate.spring.actuate.MigrationsHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The {@code migrations} health contributor, when Spring Boot's health support is present. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrations.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

    /** Whether the contributor also reports drift (default false: it reads the whole schema at each check). */
    static final String DRIFT_PROPERTY = "management.health.migrations.drift";

    @Bean
    @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
    MigrationsHealthIndicator migrationsHealthIndicator(Migrations migrations, Environment environment) {
        return new MigrationsHealthIndicator(migrations,
                environment.getProperty(DRIFT_PROPERTY, Boolean.class, false));
    }
}
