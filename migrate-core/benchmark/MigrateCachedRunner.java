package bench.runner;

import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.xml.MigrationReader;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

/**
 * migrate as its Spring Boot starter runs it by default, added to ../shared/bench by
 * migrate-core/benchmark-shared-harness.sh: the harness's MigrateRunner with the replay cache on
 * ({@code migrate.replay-cache.enabled}, default true), in a directory of its own that the first run
 * of a harness invocation fills (a miss) and the later ones read (hits). The harness's own
 * {@code migrate} tool calls the core without a cache, the core's default.
 */
public final class MigrateCachedRunner implements Runner {

    private final MigrateRunner plain = new MigrateRunner();

    @Override
    public void migrate(DataSource dataSource, Path migrationsDir) throws Exception {
        List<Migration> migrations = new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(MigrateCachedRunner.class.getClassLoader())
                        .scan(List.of("filesystem:" + migrationsDir.toAbsolutePath())));
        Path cache = Path.of(System.getProperty("bench.migrate.replayCache",
                Path.of(System.getProperty("java.io.tmpdir"), "migrate-bench-replay-cache").toString()));
        try (Connection connection = dataSource.getConnection()) {
            MigrateResult result = new Migrator(migrations, "migrate_history").withReplayCache(cache)
                    .migrate(connection, null);
            if (result.applied().size() + result.alreadyApplied() != migrations.size()) {
                throw new IllegalStateException("migrate applied " + result.applied().size() + " and found "
                        + result.alreadyApplied() + " applied, of " + migrations.size() + " migrations");
            }
        }
    }

    @Override
    public List<String> historyTables() {
        return plain.historyTables();
    }

    @Override
    public String appliedCountSql() {
        return plain.appliedCountSql();
    }
}
