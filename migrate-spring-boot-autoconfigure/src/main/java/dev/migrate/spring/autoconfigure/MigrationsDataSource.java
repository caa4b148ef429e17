package dev.migrate.spring.autoconfigure;

import dev.migrate.spring.MigrateConnectionDetails;
import dev.migrate.spring.MigrateProperties;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the DataSource that migrations use, as Spring Boot does for Flyway: a
 * {@code @MigrateDataSource} bean; else one of their own from the {@link MigrateConnectionDetails}
 * (a bean of the application or of a service connection, else {@code migrate.url} and the other
 * {@code migrate.*} connection properties), or from the application's URL when only
 * {@code migrate.user}/{@code migrate.password} are set; else the application's DataSource.
 */
final class MigrationsDataSource {

    private MigrationsDataSource() {
    }

    /** Whether migrations connect to the application's database, as its user or as migrate.user. */
    static boolean sameDatabaseAsApplication(@Nullable DataSource migrateDataSource,
            @Nullable MigrateConnectionDetails connectionDetails) {
        return migrateDataSource == null && connectionDetails == null;
    }

    /**
     * @param connectionDetails the migrations' own connection (a bean, or {@code migrate.url}), or null
     */
    static DataSource choose(@Nullable DataSource migrateDataSource, @Nullable MigrateConnectionDetails connectionDetails,
            MigrateProperties properties, Supplier<@Nullable ApplicationConnection> applicationConnection,
            Supplier<@Nullable DataSource> applicationDataSource) {
        if (migrateDataSource != null) {
            return migrateDataSource;
        }
        if (connectionDetails != null) {
            if (!StringUtils.hasText(connectionDetails.getJdbcUrl())) {
                throw new IllegalStateException(connectionDetails + " gives migrations no JDBC URL");
            }
            return build(connectionDetails.getJdbcUrl(), connectionDetails.getDriverClassName(),
                    connectionDetails.getUsername(), connectionDetails.getPassword());
        }
        if (properties.getUser() != null || properties.getPassword() != null) {
            ApplicationConnection application = applicationConnection.get();
            if (application == null) {
                throw new IllegalStateException("migrate.user and migrate.password need the application's"
                        + " database URL (spring.datasource.url), or set migrate.url");
            }
            String driver = properties.getDriverClassName() != null ? properties.getDriverClassName()
                    : application.driverClassName();
            return build(application.url(), driver,
                    properties.getUser() != null ? properties.getUser() : application.user(),
                    properties.getPassword() != null ? properties.getPassword() : application.password());
        }
        DataSource application = applicationDataSource.get();
        if (application == null) {
            throw new IllegalStateException("No DataSource for migrations: the application has none that is"
                    + " unique or primary; mark one with @MigrateDataSource or set migrate.url");
        }
        return application;
    }

    /** Plain connections, opened for each use: migrations need few, and need them rarely. */
    private static DataSource build(String url, @Nullable String driverClassName, @Nullable String user,
            @Nullable String password) {
        String driver = StringUtils.hasText(driverClassName) ? driverClassName
                : DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
        if (driver == null) {
            throw new IllegalStateException(
                    "Cannot tell the JDBC driver of " + url + "; set migrate.driver-class-name");
        }
        return DataSourceBuilder.create(MigrationsDataSource.class.getClassLoader())
                .type(SimpleDriverDataSource.class)
                .driverClassName(driver)
                .url(url)
                .username(user)
                .password(password)
                .build();
    }

    /** The application's own connection settings, from its connection details or spring.datasource.*. */
    record ApplicationConnection(String url, @Nullable String driverClassName, @Nullable String user,
            @Nullable String password) {

        static ApplicationConnection of(JdbcConnectionDetails details) {
            return new ApplicationConnection(details.getJdbcUrl(), details.getDriverClassName(),
                    details.getUsername(), details.getPassword());
        }

        static ApplicationConnection of(DataSourceProperties properties) {
            return new ApplicationConnection(properties.determineUrl(), properties.determineDriverClassName(),
                    properties.determineUsername(), properties.determinePassword());
        }
    }
}
