package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty database made for one test, dropped again by {@link #close()}.
 *
 * @param adminUrl the server's own URL, used to drop this database; null for H2
 */
public record TestDatabase(DatabaseKind kind, String name, String url, String user, String password, String adminUrl)
        implements AutoCloseable {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs statements on a connection of its own, for test set-up. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    public void withConnection(SqlConsumer<Connection> work) throws SQLException {
        try (Connection connection = connect()) {
            work.accept(connection);
        }
    }

    @Override
    public void close() throws SQLException {
        if (kind == DatabaseKind.H2) {
            execute("shutdown");
            return;
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(kind == DatabaseKind.POSTGRES
                    ? "drop database if exists " + name + " with (force)"
                    : "drop database if exists " + name);
        }
    }

    /** A consumer that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlConsumer<T> {
        void accept(T value) throws SQLException;
    }

}
