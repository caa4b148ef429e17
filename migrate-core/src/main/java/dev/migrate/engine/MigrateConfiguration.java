package dev.migrate.engine;

import dev.migrate.diff.Questioner;
import dev.migrate.history.HistoryTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Everything a {@link Migrate} needs, as one value.
 *
 * @param dataSource where migrations connect (one connection per call)
 * @param migrations the application's migrations, in order ({@link MigrationLoader}); read once, on first use
 * @param developmentMigrations the migrations {@code make} and {@code check} compare the entities with
 *        (the application's and those just written to {@code sourceDir}); read at each call
 * @param historyTable the history table's name
 * @param sourceDir where {@code make} writes new files
 * @param questioner who answers {@code make}'s questions (a person at a console, or no one)
 * @param branchedMigrations the development migrations as {@code make --merge} reads them: in order, more
 *        than one latest migration allowed ({@link MigrationLoader#loadBranches}); read at each call. When
 *        null, {@code developmentMigrations}, which then cannot read a branched history
 */
public record MigrateConfiguration(DataSource dataSource, Supplier<List<Migration>> migrations,
        Supplier<List<Migration>> developmentMigrations, String historyTable, Path sourceDir, Questioner questioner,
        Supplier<List<Migration>> branchedMigrations) {

    public MigrateConfiguration {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(migrations, "migrations");
        developmentMigrations = developmentMigrations == null ? migrations : developmentMigrations;
        historyTable = historyTable == null ? HistoryTable.DEFAULT_NAME : historyTable;
        questioner = questioner == null ? Questioner.nonInteractive() : questioner;
        branchedMigrations = branchedMigrations == null ? developmentMigrations : branchedMigrations;
    }

    /** Without a separate reading for {@code make --merge}. */
    public MigrateConfiguration(DataSource dataSource, Supplier<List<Migration>> migrations,
            Supplier<List<Migration>> developmentMigrations, String historyTable, Path sourceDir, Questioner questioner) {
        this(dataSource, migrations, developmentMigrations, historyTable, sourceDir, questioner, null);
    }

    /** The given migrations, the default history table, no source directory and no questions. */
    public static MigrateConfiguration of(DataSource dataSource, List<Migration> migrations) {
        return new MigrateConfiguration(dataSource, () -> migrations, null, null, null, null);
    }

    public MigrateConfiguration withHistoryTable(String name) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, name, sourceDir, questioner,
                branchedMigrations);
    }

    public MigrateConfiguration withSourceDir(Path directory) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, directory,
                questioner, branchedMigrations);
    }

    public MigrateConfiguration withQuestioner(Questioner newQuestioner) {
        return new MigrateConfiguration(dataSource, migrations, developmentMigrations, historyTable, sourceDir,
                newQuestioner, branchedMigrations);
    }
}
