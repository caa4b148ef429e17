package dev.migrate.spring.testcontainers;

import dev.migrate.spring.MigrateConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.testcontainers.containers.JdbcDatabaseContainer;

/**
 * Gives the migrations their connection from a Testcontainers {@code @ServiceConnection}
 * {@link JdbcDatabaseContainer}, as Spring Boot's {@code FlywayContainerConnectionDetailsFactory}
 * does for Flyway: the container's URL, user, password and driver. Registered in
 * {@code META-INF/spring.factories}; needs {@code spring-boot-testcontainers} and
 * {@code testcontainers-jdbc}, both optional dependencies of the starter.
 */
class MigrateContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, MigrateConnectionDetails> {

    private static final String JDBC_CONTAINER = "org.testcontainers.containers.JdbcDatabaseContainer";

    /**
     * Refuses to be made without testcontainers-jdbc (an application may use Testcontainers for
     * other services only): Boot would skip this factory then, where one that was made would break
     * every service connection, as its source type could not be resolved.
     */
    MigrateContainerConnectionDetailsFactory() {
        Assert.state(ClassUtils.isPresent(JDBC_CONTAINER, MigrateContainerConnectionDetailsFactory.class.getClassLoader()),
                () -> JDBC_CONTAINER + " is not on the class path (testcontainers-jdbc)");
    }

    @Override
    protected MigrateConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
        return new MigrateContainerConnectionDetails(source);
    }

    /** The container's connection, read from the container once it has started. */
    private static final class MigrateContainerConnectionDetails
            extends ContainerConnectionDetails<JdbcDatabaseContainer<?>> implements MigrateConnectionDetails {

        private MigrateContainerConnectionDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
            super(source);
        }

        @Override
        public String getJdbcUrl() {
            return getContainer().getJdbcUrl();
        }

        @Override
        public String getUsername() {
            return getContainer().getUsername();
        }

        @Override
        public String getPassword() {
            return getContainer().getPassword();
        }

        @Override
        public String getDriverClassName() {
            return getContainer().getDriverClassName();
        }
    }
}
