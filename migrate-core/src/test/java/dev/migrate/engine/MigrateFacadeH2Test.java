package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.diff.RenameHints;
import dev.migrate.operation.AddColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Schema;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade, configured once, through a whole life: make, plan, migrate, show, sql, drift, back, repair. */
class MigrateFacadeH2Test {

    @TempDir
    Path directory;

    @Test
    void oneConfiguredObjectServesEveryCommand() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        MigrationReader reader = new MigrationReader();
        MigrateConfiguration configuration = new MigrateConfiguration(dataSource,
                () -> new MigrationLoader(reader).load(new MigrationScanner(getClass().getClassLoader())
                        .scan(List.of("filesystem:" + directory))), null, null, directory, null);
        Files.writeString(directory.resolve("0001_library.xml"),
                new MigrationWriter().write(new MigrationDocument(List.of(), OperationFixtures.library())));
        Schema model = new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true))
                .applyTo(OperationFixtures.librarySchema());

        Migrate migrate = new Migrate(configuration);
        assertThat(migrate.changes(model, RenameHints.none()).operations()).extracting(o -> o.describe())
                .containsExactly("Add column edition to book");
        MakeResult made = migrate.make(model, RenameHints.none(), "edition");
        assertThat(made.id()).isEqualTo("0002_edition");

        migrate = new Migrate(configuration);
        assertThat(migrate.check(model, RenameHints.none()).operations()).isEmpty();
        assertThat(migrate.plan(MigrateOptions.forwards(null)).migrations()).hasSize(2);
        assertThat(migrate.migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0001_library", "0002_edition");
        assertThat(migrate.show()).extracting(MigrationStatus::state).containsOnly(MigrationState.APPLIED);
        assertThat(migrate.sql("0002_edition", true)).singleElement().asString().startsWith("alter table \"BOOK\" drop column");
        assertThat(migrate.drift().isNone()).isTrue();
        assertThat(migrate.migrate(MigrateOptions.forwards("0001_library").withBackwardsAllowed(true)).unapplied())
                .containsExactly("0002_edition");
        assertThat(migrate.repair()).isEmpty();
        assertThat(migrate.drift().isNone()).isTrue();
    }
}
