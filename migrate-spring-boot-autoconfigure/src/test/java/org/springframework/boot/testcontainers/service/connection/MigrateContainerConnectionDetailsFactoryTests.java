package org.springframework.boot.testcontainers.service.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.MigrateConnectionDetails;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A {@code @ServiceConnection} PostgreSQL container serves the migrations' connection, through the
 * factories registered in spring.factories. There is no Docker engine here: the container's start
 * does nothing, and its URL (the one value that needs a running container) is given by the test; the
 * source is built as Boot's registrar builds it (this test sits in Boot's package for that).
 */
class MigrateContainerConnectionDetailsFactoryTests {

    @Test
    void aJdbcContainerGivesTheMigrationsItsConnection() throws Exception {
        JdbcDatabaseContainer<?> container = new PostgreSQLContainer("postgres:15-alpine") {
            @Override
            public void start() {
                // the details start the container before they read it: there is nothing to start here
            }

            @Override
            public String getJdbcUrl() {
                return "jdbc:postgresql://127.0.0.1:49153/test";
            }
        }.withUsername("app").withPassword("secret");
        ContainerConnectionSource<JdbcDatabaseContainer<?>> source = source(container);

        Map<Class<?>, ConnectionDetails> details = new ConnectionDetailsFactories(getClass().getClassLoader())
                .getConnectionDetails(source, true);

        assertThat(details).containsKeys(JdbcConnectionDetails.class, MigrateConnectionDetails.class);
        MigrateConnectionDetails migrate = (MigrateConnectionDetails) details.get(MigrateConnectionDetails.class);
        ((InitializingBean) migrate).afterPropertiesSet(); // as the bean's creation does: the container is read then
        assertThat(migrate.getJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:49153/test");
        assertThat(migrate.getUsername()).isEqualTo("app");
        assertThat(migrate.getPassword()).isEqualTo("secret");
        assertThat(migrate.getDriverClassName()).isEqualTo("org.postgresql.Driver");
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static ContainerConnectionSource<JdbcDatabaseContainer<?>> source(JdbcDatabaseContainer<?> container) {
        return new ContainerConnectionSource("test", null, (Class) container.getClass(), "postgres:15-alpine",
                MergedAnnotation.of(ServiceConnection.class), () -> container, null, MergedAnnotations.of(java.util.List.of()));
    }
}
