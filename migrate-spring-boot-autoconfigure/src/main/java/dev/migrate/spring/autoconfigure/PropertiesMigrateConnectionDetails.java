package dev.migrate.spring.autoconfigure;

import dev.migrate.spring.MigrateConnectionDetails;
import dev.migrate.spring.MigrateProperties;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
        // made only while migrate.url has text (MigrateAutoConfiguration.ownConnection)
        return Objects.requireNonNull(properties.getUrl());
    }

    @Override
    public @Nullable String getUsername() {
        return properties.getUser();
    }

    @Override
    public @Nullable String getPassword() {
        return properties.getPassword();
    }

    @Override
    public @Nullable String getDriverClassName() {
        return StringUtils.hasText(properties.getDriverClassName()) ? properties.getDriverClassName()
                : MigrateConnectionDetails.super.getDriverClassName();
    }
}
