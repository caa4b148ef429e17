package dev.migrate.spring.docker.compose;

import dev.migrate.spring.MigrateConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
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
        implements ConnectionDetailsFactory<DockerComposeConnectionSource, MigrateConnectionDetails> {

    /** Set while this asks the other factories, which include this one. */
    private static final ThreadLocal<Boolean> asking = new ThreadLocal<>();

    @Override
    public MigrateConnectionDetails getConnectionDetails(DockerComposeConnectionSource source) {
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
            public String getUsername() {
                return jdbc.getUsername();
            }

            @Override
            public String getPassword() {
                return jdbc.getPassword();
            }

            @Override
            public String getDriverClassName() {
                return jdbc.getDriverClassName();
            }

            @Override
            public String toString() {
                return "MigrateConnectionDetails from Docker Compose (" + jdbc.getJdbcUrl() + ")";
            }
        };
    }
}
