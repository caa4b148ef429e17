package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.diff.Questioner;
import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryTable;
import dev.migrate.introspect.SchemaIntrospector;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.testing.CheckExpressions;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people each make a migration from the same parent; one database already has one branch. The
 * merge migration lets it apply the other, and its live schema is the replay of all the files; a
 * database that goes back to zero and applies everything in the files' order ends the same.
 */
abstract class MergeDatabaseTestBase extends dev.migrate.testing.FreshDatabase {

    private static final MigrationWriter WRITER = new MigrationWriter();
    private static final MigrationLoader LOADER = new MigrationLoader(new MigrationReader());

    private static final List<Operation> EDITION = List.of(
            new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true)),
            new CreateIndex("book", new Index("ix_book_edition", false, List.of(IndexColumn.asc("edition")))));
    private static final List<Operation> SUBTITLE_AND_BORN = List.of(
            new AddColumn("book", Column.of("subtitle", ColumnType.of(DataType.VARCHAR, 100), true)),
            new AddColumn("author", Column.of("born", ColumnType.of(DataType.DATE), true)),
            new ModifyDataType("author", "name", ColumnType.of(DataType.VARCHAR, 150)));

    @TempDir
    Path migrations;


    @Test
    void aDatabaseWithOneBranchAppliesTheOtherThroughTheMergeMigration() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), EDITION);
        assertThat(migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0001_library", "0002_book_edition");

        // the other branch arrives with a pull: nothing runs until the branches are merged
        write("0002_author_born", List.of("0001_library"), SUBTITLE_AND_BORN);
        assertThatThrownBy(() -> LOADER.load(files())).isInstanceOf(MigrationLoadException.class)
                .hasMessageContaining("0002_author_born.xml").hasMessageContaining("0002_book_edition.xml")
                .hasMessageContaining("--migrate.command=make --migrate.merge=true");

        MergeResult merge = new MigrationMerger(WRITER, Questioner.nonInteractive())
                .merge(LOADER.loadBranches(files()), migrations, null);
        assertThat(merge.id()).isEqualTo("0003_merge_0002_author_born_0002_book_edition");

        assertThat(migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0002_author_born",
                "0003_merge_0002_author_born_0002_book_edition");
        Schema replayed = SchemaReplay.of(LOADER.load(files()));
        Schema bothBranches = apply(OperationFixtures.librarySchema(), EDITION, SUBTITLE_AND_BORN);
        // this database added edition before subtitle; the replay has the files' order (columns aside, equal)
        assertThat(columnsByName(replayed)).isEqualTo(columnsByName(bothBranches));
        assertThat(columnsByName(CheckExpressions.comparedByName(live()))).as("live schema vs files")
                .isEqualTo(columnsByName(expected(replayed)));
        assertThat(SchemaDrift.differences(replayed, live(), dialect())).isEmpty();

        // from nothing, the files' order: the live schema is the replay, column order included
        assertThat(migrate(MigrateOptions.forwards("zero").withBackwardsAllowed(true)).unapplied()).hasSize(4);
        assertThat(migrate(MigrateOptions.forwards(null)).applied()).containsExactly("0001_library", "0002_author_born",
                "0002_book_edition", "0003_merge_0002_author_born_0002_book_edition");
        assertThat(CheckExpressions.comparedByName(live())).isEqualTo(expected(replayed));
    }

    private Schema expected(Schema replayed) throws SQLException {
        return CheckExpressions.comparedByName(dialect().canonical(replayed));
    }

    @SafeVarargs
    private static Schema apply(Schema schema, List<Operation>... branches) {
        Schema result = schema;
        for (List<Operation> branch : branches) {
            for (Operation operation : branch) {
                result = operation.applyTo(result);
            }
        }
        return result;
    }

    private static Schema columnsByName(Schema schema) {
        return schema.withEveryTable(table -> table.withColumns(
                table.columns().stream().sorted(Comparator.comparing(Column::name)).toList()));
    }

    private MigrateResult migrate(MigrateOptions options) throws SQLException {
        try (Connection connection = database.connect()) {
            return new Migrator(LOADER.load(files()), HistoryTable.DEFAULT_NAME).run(connection, options);
        }
    }

    private Schema live() throws SQLException {
        try (Connection connection = database.connect()) {
            return new SchemaIntrospector().read(connection, Set.of(HistoryTable.DEFAULT_NAME));
        }
    }

    private Dialect dialect() throws SQLException {
        try (Connection connection = database.connect()) {
            return Dialect.fromConnection(connection);
        }
    }

    private List<MigrationResource> files() {
        return new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + migrations));
    }

    private void write(String id, List<String> dependsOn, List<Operation> operations) throws IOException {
        Files.writeString(migrations.resolve(id + ".xml"), WRITER.write(new MigrationDocument(dependsOn, operations)));
    }
}
