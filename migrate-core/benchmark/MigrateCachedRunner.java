package bench.runner;

import dev.migrate.engine.Migrate;
import dev.migrate.engine.MigrateConfiguration;
import dev.migrate.engine.MigrateOptions;
import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.xml.MigrationReader;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * migrate as its Spring Boot starter runs it by default, added to ../shared/bench by
 * migrate-core/benchmark-shared-harness.sh: through the core's {@link Migrate}, as the starter's
 * {@code Migrations} calls it, which reads the files on another thread while the connection opens,
 * with the replay cache on ({@code migrate.replay-cache.enabled}, default true) in a directory of its
 * own that the first run of a harness invocation fills (a miss) and the later ones read (hits). The
 * harness's own {@code migrate} tool loads the files and then connects, calling the core's
 * {@code Migrator}, which keeps the same plan in its default directory (in {@code java.io.tmpdir}).
 */
public final class MigrateCachedRunner implements Runner {

    private final MigrateRunner plain = new MigrateRunner();

    @Override
    public void migrate(DataSource dataSource, Path migrationsDir) throws Exception {
        String location = "filesystem:" + migrationsDir.toAbsolutePath();
        Path cache = Path.of(System.getProperty("bench.migrate.replayCache",
                Path.of(System.getProperty("java.io.tmpdir"), "migrate-bench-replay-cache").toString()));
        Migrate migrate = new Migrate(new MigrateConfiguration(dataSource,
                () -> new MigrationLoader(new MigrationReader()).load(
                        new MigrationScanner(MigrateCachedRunner.class.getClassLoader()).scan(List.of(location))),
                null, "migrate_history", null, null).withReplayCache(cache));
        MigrateResult result = migrate.migrate(MigrateOptions.forwards(null));
        int files = migrate.migrations().size();
        if (result.applied().size() + result.alreadyApplied() != files) {
            throw new IllegalStateException("migrate applied " + result.applied().size() + " and found "
                    + result.alreadyApplied() + " applied, of " + files + " migrations");
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
