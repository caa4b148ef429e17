package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a server for each kind of database and makes fresh databases on it. In order: the JDBC URL
 * in the environment ({@code MIGRATE_TEST_POSTGRES_URL}, {@code MIGRATE_TEST_MARIADB_URL}, with
 * {@code _USER} and {@code _PASSWORD}), else a Testcontainers container when a Docker engine is
 * reachable, else the test is skipped with a message naming the variable. H2 runs in memory.
 */
public final class TestDatabases {

    /** Database part of a URL: {@code jdbc:postgresql://host:5432/test?x=y} has {@code test}. */
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?;]*)(.*)$");

    private static final Map<DatabaseKind, Server> SERVERS = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /** A new empty database of the kind; skips the calling test when no server can be had. */
    public static TestDatabase create(DatabaseKind kind) {
        String name = "migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == DatabaseKind.H2) {
            return new TestDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null);
        }
        Server server = SERVERS.computeIfAbsent(kind, TestDatabases::findServer);
        Assumptions.assumeTrue(server.available(), server.reasonUnavailable());
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on " + server.url(), e);
        }
        return new TestDatabase(kind, name, withDatabase(server.url(), name), server.user(), server.password(),
                server.url());
    }

    static String withDatabase(String url, String database) {
        Matcher matcher = DATABASE_IN_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Cannot find the database name in " + url);
        }
        return matcher.group(1) + database + matcher.group(3);
    }

    private static Server findServer(DatabaseKind kind) {
        String url = System.getenv(kind.urlVariable());
        if (url != null && !url.isBlank()) {
            return new Server(url, env(kind.userVariable(), kind == DatabaseKind.POSTGRES ? "postgres" : "root"),
                    env(kind.passwordVariable(), ""), null);
        }
        if (dockerAvailable()) {
            JdbcDatabaseContainer<?> container = kind == DatabaseKind.POSTGRES
                    ? new PostgreSQLContainer("postgres:15-alpine")
                    : new MariaDBContainer("mariadb:10.11").withUsername("root");
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(), null);
        }
        return new Server(null, null, null, noServer(kind));
    }

    /** Why a test of the kind did not run when there is no server: the variable to set, or Docker. */
    public static String noServer(DatabaseKind kind) {
        return "No " + kind + " server: set " + kind.urlVariable() + " (and " + kind.userVariable() + ", "
                + kind.passwordVariable() + ") or make a Docker engine available";
    }

    /**
     * Asks Testcontainers only where a Docker engine may be: without {@code DOCKER_HOST}, a Docker
     * socket or Testcontainers settings, it would log a stack of failed strategies for nothing.
     */
    private static boolean dockerAvailable() {
        String home = System.getProperty("user.home");
        boolean maybe = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".docker", "run", "docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".testcontainers.properties"));
        if (!maybe) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private record Server(String url, String user, String password, String reasonUnavailable) {
        boolean available() {
            return url != null;
        }
    }
}
