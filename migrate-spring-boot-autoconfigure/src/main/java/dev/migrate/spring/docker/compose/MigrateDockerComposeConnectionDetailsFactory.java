package dev.migrate.spring.docker.compose;

import dev.migrate.spring.MigrateConnectionDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionDetailsFactory;
import org.springframework.boot.docker.compose.service.connection.DockerComposeConnectionSource;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Gives the migrations their connection from a Docker Compose service that Spring Boot serves as a
 * JDBC database (PostgreSQL, MariaDB, MySQL, Oracle, SQL Server, ClickHouse): Boot's own JDBC
 * factories read the service (image, ports, environment), and this adapts the
 * {@link JdbcConnectionDetails} they make, so that whatever Boot knows of a JDBC service the
 * migrations know too, without a second copy of its rules. Registered in
 * {@code META-INF/spring.factories}; needs {@code spring-boot-docker-compose}, an optional
 * dependency of the starter.
 */
class MigrateDockerComposeConnectionDetailsFactory
        extends DockerComposeConnectionDetailsFactory<MigrateConnectionDetails> {

    /** Set while this asks the other factories, which include this one. */
    private static final ThreadLocal<Boolean> asking = new ThreadLocal<>();

    /**
     * Every service: which are JDBC databases is for Boot's factories to say. (Extending Boot's
     * Docker Compose base class also keeps this factory from loading at all when
     * spring-boot-docker-compose is absent; one that loaded would break every service connection, as
     * its source type could not be resolved.)
     */
    MigrateDockerComposeConnectionDetailsFactory() {
        super(source -> true);
    }

    @Override
    protected @Nullable MigrateConnectionDetails getDockerComposeConnectionDetails(DockerComposeConnectionSource source) {
        if (asking.get() != null) {
            return null;
        }
        ConnectionDetails jdbc;
        asking.set(Boolean.TRUE);
        try {
            jdbc = new ConnectionDetailsFactories(MigrateDockerComposeConnectionDetailsFactory.class.getClassLoader())
                    .getConnectionDetails(source, false).get(JdbcConnectionDetails.class);
        } finally {
            asking.remove();
        }
        return jdbc instanceof JdbcConnectionDetails details ? adapt(details) : null;
    }

    static MigrateConnectionDetails adapt(JdbcConnectionDetails jdbc) {
        return new MigrateConnectionDetails() {

            @Override
            public String getJdbcUrl() {
                return jdbc.getJdbcUrl();
            }

            @Override
            public @Nullable String getUsername() {
                return jdbc.getUsername();
            }

            @Override
            public @Nullable String getPassword() {
                return jdbc.getPassword();
            }

            @Override
            public @Nullable String getDriverClassName() {
                return jdbc.getDriverClassName();
            }

            @Override
            public String toString() {
                return "MigrateConnectionDetails from Docker Compose (" + jdbc.getJdbcUrl() + ")";
            }
        };
    }
}
