package bench.runner;

import bench.format.SqlListWriter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor for the statements migrate's workload sends, added to ../shared/bench by
 * migrate-core/benchmark-shared-harness.sh. The harness's migrate files cannot name a primary key,
 * so each createTable is followed by {@code alter table t rename constraint t_pkey to pk_t}: one
 * statement per migration more than the harness's own floor runs. This runner is the harness's
 * JdbcRunner (one connection, one transaction per migration with its history row) sending those same
 * statements: each {@code create table} without its {@code constraint pk_t} name, then the rename.
 */
public final class JdbcSameSqlRunner implements Runner {

    private static final String HISTORY = "bench_history";

    @Override
    public void migrate(DataSource dataSource, Path migrationsDir) throws Exception {
        List<SqlListWriter.Entry> migrations = SqlListWriter.read(migrationsDir);
        try (Connection connection = dataSource.getConnection()) {
            int applied = prepareHistory(connection);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                 PreparedStatement record = connection.prepareStatement(
                         "insert into " + HISTORY + " (version, name) values (?, ?)")) {
                for (SqlListWriter.Entry migration : migrations) {
                    if (migration.version() <= applied) {
                        continue;
                    }
                    try {
                        for (String sql : migration.statements()) {
                            executeAsMigrateWould(statement, sql);
                        }
                        record.setInt(1, migration.version());
                        record.setString(2, migration.name());
                        record.executeUpdate();
                        connection.commit();
                    } catch (SQLException e) {
                        connection.rollback();
                        throw new IllegalStateException("migration " + migration.name() + " failed", e);
                    }
                }
            }
        }
    }

    private static void executeAsMigrateWould(Statement statement, String sql) throws SQLException {
        if (!sql.startsWith("create table ")) {
            statement.execute(sql);
            return;
        }
        String table = sql.substring("create table ".length(), sql.indexOf(' ', "create table ".length()));
        String namedKey = "constraint pk_" + table + " primary key";
        if (!sql.contains(namedKey)) {
            throw new IllegalStateException("unexpected create table (no '" + namedKey + "'): " + sql);
        }
        statement.execute(sql.replace(namedKey, "primary key"));
        statement.execute("alter table " + table + " rename constraint " + table + "_pkey to pk_" + table);
    }

    private static int prepareHistory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + HISTORY + " (version integer primary key,"
                    + " name varchar(100) not null, applied_at timestamp not null default now())");
            try (ResultSet rs = statement.executeQuery("select coalesce(max(version), 0) from " + HISTORY)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public List<String> historyTables() {
        return List.of(HISTORY);
    }

    @Override
    public String appliedCountSql() {
        return "select count(*) from " + HISTORY;
    }
}
