package org.springframework.boot.docker.compose.service.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.MigrateConnectionDetails;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.mock.env.MockEnvironment;

/**
 * A Docker Compose JDBC service serves the migrations' connection, through the factories
 * registered in spring.factories, as Boot's Docker Compose support asks them once the services
 * run. No Docker engine here: the running service is described by the test, as {@code docker
 * compose ps} and {@code inspect} would describe it (this test sits in Boot's package to build the
 * source).
 */
class MigrateDockerComposeConnectionDetailsFactoryTests {

    @Test
    void aPostgresServiceGivesTheMigrationsItsConnection() {
        Map<Class<?>, ConnectionDetails> details = detailsOf(service("postgres:17",
                Map.of("POSTGRES_USER", "app", "POSTGRES_PASSWORD", "secret", "POSTGRES_DB", "library"), 5432));

        assertThat(details).containsKeys(JdbcConnectionDetails.class, MigrateConnectionDetails.class);
        MigrateConnectionDetails migrate = (MigrateConnectionDetails) details.get(MigrateConnectionDetails.class);
        assertThat(migrate.getJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:49153/library");
        assertThat(migrate.getUsername()).isEqualTo("app");
        assertThat(migrate.getPassword()).isEqualTo("secret");
        assertThat(migrate.getDriverClassName()).isEqualTo("org.postgresql.Driver");
    }

    @Test
    void aMariaDbServiceToo() {
        Map<Class<?>, ConnectionDetails> details = detailsOf(service("mariadb:11",
                Map.of("MARIADB_ROOT_PASSWORD", "secret", "MARIADB_DATABASE", "library"), 3306));

        MigrateConnectionDetails migrate = (MigrateConnectionDetails) details.get(MigrateConnectionDetails.class);
        assertThat(migrate.getJdbcUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:49153/library");
        assertThat(migrate.getUsername()).isEqualTo("root");
        assertThat(migrate.getPassword()).isEqualTo("secret");
    }

    @Test
    void aServiceThatIsNoDatabaseGivesNone() {
        Map<Class<?>, ConnectionDetails> details = detailsOf(service("nginx:1", Map.of(), 80));
        assertThat(details).doesNotContainKey(MigrateConnectionDetails.class);
    }

    private Map<Class<?>, ConnectionDetails> detailsOf(RunningService service) {
        return new ConnectionDetailsFactories(getClass().getClassLoader())
                .getConnectionDetails(new DockerComposeConnectionSource(service, new MockEnvironment()), false);
    }

    private static RunningService service(String image, Map<String, String> env, int port) {
        ConnectionPorts ports = new ConnectionPorts() {
            @Override
            public int get(int containerPort) {
                return containerPort == port ? 49153 : -1;
            }

            @Override
            public List<Integer> getAll() {
                return List.of(49153);
            }

            @Override
            public List<Integer> getAll(String protocol) {
                return List.of(49153);
            }
        };
        return new RunningService() {
            @Override
            public String name() {
                return "db";
            }

            @Override
            public ImageReference image() {
                return ImageReference.of(image);
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public ConnectionPorts ports() {
                return ports;
            }

            @Override
            public Map<String, String> env() {
                return env;
            }

            @Override
            public Map<String, String> labels() {
                return Map.of();
            }
        };
    }
}
