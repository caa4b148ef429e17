package dev.migrate.spring.autoconfigure;

import dev.migrate.spring.Migrations;
import dev.migrate.spring.actuate.MigrationsEndpoint;
import dev.migrate.spring.actuate.MigrationsEndpointWebExtension;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(MigrationsEndpointProperties.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrations.class)
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(ApplicationContext context, MigrationsEndpointProperties properties) {
        return new MigrationsEndpoint(context, properties.getShowValues());
    }

    @Bean
    @ConditionalOnBean(MigrationsEndpoint.class)
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(exposure = EndpointExposure.WEB)
    MigrationsEndpointWebExtension migrationsEndpointWebExtension(MigrationsEndpoint endpoint,
            MigrationsEndpointProperties properties) {
        return new MigrationsEndpointWebExtension(endpoint, properties.getShowValues(), properties.getRoles());
    }
}
