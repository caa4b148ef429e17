package bench.runner;

import bench.format.SqlListWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor for the statements migrate's workload sends, added to ../shared/bench by
 * migrate-core/benchmark-shared-harness.sh. The harness's migrate files cannot name a primary key,
 * so each createTable is followed by {@code alter table t rename constraint t_pkey to pk_t}: one
 * statement per migration more than the harness's own floor runs. This is the harness's JdbcRunner,
 * unchanged, over those same statements: each {@code create table} without its
 * {@code constraint pk_t} name, then the rename. The statements are written once, beside the
 * workload's, by the first run (inside its window: a few milliseconds of one run of several).
 */
public final class JdbcSameSqlRunner implements Runner {

    private final JdbcRunner floor = new JdbcRunner();

    @Override
    public void migrate(DataSource dataSource, Path migrationsDir) throws Exception {
        floor.migrate(dataSource, sameStatements(migrationsDir));
    }

    private static Path sameStatements(Path jdbcDir) throws IOException {
        Path dir = jdbcDir.resolveSibling("jdbc_same_sql");
        Path file = dir.resolve(SqlListWriter.FILE);
        if (Files.exists(file)) {
            return dir;
        }
        StringBuilder tsv = new StringBuilder();
        for (SqlListWriter.Entry migration : SqlListWriter.read(jdbcDir)) {
            for (String sql : migration.statements()) {
                for (String statement : asMigrateSends(sql)) {
                    tsv.append(migration.version()).append('\t').append(migration.name()).append('\t')
                            .append(statement).append('\n');
                }
            }
        }
        Files.createDirectories(dir);
        Path written = Files.writeString(Files.createTempFile(dir, "migrations", ".tsv"), tsv);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        return dir;
    }

    private static List<String> asMigrateSends(String sql) {
        if (!sql.startsWith("create table ")) {
            return List.of(sql);
        }
        String table = sql.substring("create table ".length(), sql.indexOf(' ', "create table ".length()));
        String namedKey = "constraint pk_" + table + " primary key";
        if (!sql.contains(namedKey)) {
            throw new IllegalStateException("unexpected create table (no '" + namedKey + "'): " + sql);
        }
        return List.of(sql.replace(namedKey, "primary key"),
                "alter table " + table + " rename constraint " + table + "_pkey to pk_" + table);
    }

    @Override
    public List<String> historyTables() {
        return floor.historyTables();
    }

    @Override
    public String appliedCountSql() {
        return floor.appliedCountSql();
    }
}
