package dev.migrate.example;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the example app's database tests find PostgreSQL and MariaDB: with a Docker engine, a
 * Testcontainers container that the application reaches through {@code @ServiceConnection} (so
 * Boot's DataSource and the migrations' own {@code MigrateConnectionDetails} both come from it);
 * else a fresh database on the server that {@code MIGRATE_TEST_POSTGRES_URL} or
 * {@code MIGRATE_TEST_MARIADB_URL} names, as the core's tests find theirs; else none, and the tests
 * are skipped with the variable to set.
 */
final class ExampleDatabases {

    private ExampleDatabases() {
    }

    /** Whether a Docker engine answers; asked only where one may be, as the core's tests do. */
    static boolean dockerAvailable() {
        String home = System.getProperty("user.home");
        boolean maybe = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"));
        if (!maybe) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Why there is no database of the kind, or null when there is one. */
    static String unavailable(DatabaseKind kind) {
        String url = System.getenv(kind.urlVariable());
        if ((url != null && !url.isBlank()) || dockerAvailable()) {
            return null;
        }
        return TestDatabases.noServer(kind);
    }

    /** A started container of the kind (the caller stops it). */
    static JdbcDatabaseContainer<?> startContainer(DatabaseKind kind) {
        JdbcDatabaseContainer<?> container = kind == DatabaseKind.POSTGRES ? new PostgreSQLContainer("postgres:15-alpine")
                : new MariaDBContainer("mariadb:10.11").withUsername("root");
        container.start();
        return container;
    }

    /** A fresh database on the environment's server. */
    static TestDatabase fromEnvironment(DatabaseKind kind) {
        return TestDatabases.create(kind);
    }

    /**
     * Skips each test of an {@link OnDatabase} class when its database cannot be had, saying why,
     * before the test instance is made: SpringExtension loads the application context when it
     * prepares the instance, which is before a test's {@code ExecutionCondition} is asked, and it
     * would start the application on the embedded H2. Aborted there, each test is reported skipped
     * (Surefire counts it), where a disabled class or an aborted {@code @BeforeAll} shows as a class
     * that ran nothing ({@code Tests run: 0}).
     */
    static final class SkipWithoutDatabase implements TestInstancePreConstructCallback {

        @Override
        public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
            OnDatabase on = AnnotatedElementUtils.findMergedAnnotation(factory.getTestClass(), OnDatabase.class);
            String reason = on == null ? null : unavailable(on.value());
            if (reason != null) {
                Assumptions.abort(reason);
            }
        }
    }
}
