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

/** The {@code migrations} health contributor, when Spring Boot's health support is present. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrations.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
    MigrationsHealthIndicator migrationsHealthIndicator(Migrations migrations) {
        return new MigrationsHealthIndicator(migrations);
    }
}
