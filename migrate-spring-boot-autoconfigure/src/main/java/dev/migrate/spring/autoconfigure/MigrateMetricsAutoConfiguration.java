package dev.migrate.spring.autoconfigure;

import dev.migrate.spring.MigrateStartup;
import dev.migrate.spring.Migrations;
import dev.migrate.spring.actuate.MigrateMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Micrometer gauges for the start-up's migrations; Spring Boot binds them to its meter registries. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean({ Migrations.class, MigrateStartup.class })
public final class MigrateMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrateMetrics migrateMetrics(MigrateStartup startup, Migrations migrations) {
        return new MigrateMetrics(startup, migrations);
    }
}
