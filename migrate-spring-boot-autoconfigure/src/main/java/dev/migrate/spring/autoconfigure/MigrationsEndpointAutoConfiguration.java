package dev.migrate.spring.autoconfigure;

import dev.migrate.spring.Migrations;
import dev.migrate.spring.actuate.MigrationsEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** {@code /actuator/migrations}, when the Actuator is present and the endpoint is exposed. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrations.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(ApplicationContext context) {
        return new MigrationsEndpoint(context);
    }
}
