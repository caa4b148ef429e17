package dev.migrate.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * The connection that migrations open to their database, when it is not the application's
 * DataSource. A bean of it, declared by the application or contributed by a service connection
 * (Testcontainers' {@code @ServiceConnection}, Docker Compose), gives migrations plain connections of
 * their own to that URL as that user. Precedence, highest first: a {@link MigrateDataSource} bean;
 * a {@code MigrateConnectionDetails} bean; {@code migrate.url} (with {@code migrate.user},
 * {@code migrate.password}, {@code migrate.driver-class-name}), which the auto-configuration turns
 * into a {@code MigrateConnectionDetails} of its own only when no other exists;
 * {@code migrate.user}/{@code migrate.password} alone, to the application's URL; the application's
 * DataSource.
 */
public interface MigrateConnectionDetails extends ConnectionDetails {

    /** The JDBC URL the migrations connect to. */
    String getJdbcUrl();

    /** The user the migrations connect as, or null. */
    @Nullable String getUsername();

    /** That user's password, or null. */
    @Nullable String getPassword();

    /** The JDBC driver's class; by default the one Spring Boot knows for the URL. */
    default @Nullable String getDriverClassName() {
        String url = getJdbcUrl();
        return url != null ? DatabaseDriver.fromJdbcUrl(url).getDriverClassName() : null;
    }
}
