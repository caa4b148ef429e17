package dev.migrate.spring.autoconfigure;

import dev.migrate.spring.MigrateConnectionDetails;
import dev.migrate.spring.MigrateProperties;
import org.springframework.util.StringUtils;

/**
 * The migrations' own connection from {@code migrate.url}, {@code migrate.user},
 * {@code migrate.password} and {@code migrate.driver-class-name}; registered only when
 * {@code migrate.url} is set and no other {@link MigrateConnectionDetails} exists.
 */
final class PropertiesMigrateConnectionDetails implements MigrateConnectionDetails {

    private final MigrateProperties properties;

    PropertiesMigrateConnectionDetails(MigrateProperties properties) {
        this.properties = properties;
    }

    @Override
    public String getJdbcUrl() {
        return properties.getUrl();
    }

    @Override
    public String getUsername() {
        return properties.getUser();
    }

    @Override
    public String getPassword() {
        return properties.getPassword();
    }

    @Override
    public String getDriverClassName() {
        return StringUtils.hasText(properties.getDriverClassName()) ? properties.getDriverClassName()
                : MigrateConnectionDetails.super.getDriverClassName();
    }
}
