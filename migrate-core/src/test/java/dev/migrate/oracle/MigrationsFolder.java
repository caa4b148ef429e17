package dev.migrate.oracle;

import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
import dev.migrate.engine.MakeResult;
import dev.migrate.engine.MigrateResult;
import dev.migrate.engine.Migration;
import dev.migrate.engine.MigrationLoader;
import dev.migrate.engine.MigrationMaker;
import dev.migrate.engine.MigrationScanner;
import dev.migrate.engine.Migrator;
import dev.migrate.engine.SchemaReplay;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.jpa.OfflineMetadata;
import dev.migrate.jpa.RenameHintsReader;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A migrations folder as a user has one: make writes into it, migrate applies what it holds. */
final class MigrationsFolder {

    private static final MigrationReader READER = new MigrationReader();
    private static final MigrationMaker MAKER = new MigrationMaker(new MigrationWriter(), Questioner.nonInteractive());

    private final Path directory;

    MigrationsFolder(Path directory) {
        this.directory = directory;
    }

    List<Migration> load() {
        return new MigrationLoader(READER).load(new MigrationScanner(MigrationsFolder.class.getClassLoader())
                .scan(List.of("filesystem:" + directory)));
    }

    /** {@code makemigrations} for the model, with the renames its {@code @RenamedFrom}s declare. */
    MakeResult make(OfflineMetadata model) {
        RenameHints hints = new RenameHintsReader().read(model.metadata());
        return MAKER.make(load(), model.readSchema(), hints, directory, null);
    }

    MigrateResult migrate(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return new Migrator(load(), HistoryTable.DEFAULT_NAME).migrate(connection);
        }
    }

    MigrateResult migrate(TestDatabase database, dev.migrate.engine.MigrateOptions options) throws SQLException {
        try (Connection connection = database.connect()) {
            return new Migrator(load(), HistoryTable.DEFAULT_NAME).run(connection, options);
        }
    }

    /** The schema the migrations in the folder describe. */
    Schema replayed() {
        return SchemaReplay.of(load());
    }

    List<Path> files() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database's schema as the introspector reads it, without the history table. */
    static Schema liveSchema(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return new SchemaIntrospector().read(connection, Set.of(HistoryTable.DEFAULT_NAME));
        }
    }
}
