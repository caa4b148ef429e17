package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.diff.ConsoleQuestioner;
import dev.migrate.diff.Questioner;
import dev.migrate.diff.RenameHints;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.DropUniqueConstraint;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** makemigrations on files: the seed's Book story, naming, dependencies, and "No changes detected". */
class MigrationMakerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private final MigrationMaker maker = new MigrationMaker(new MigrationWriter(), Questioner.nonInteractive(), CLOCK);

    private static final Column ID = Column.of("id", ColumnType.of(DataType.BIGINT), false);
    private static final Column TITLE = Column.of("title", ColumnType.of(DataType.VARCHAR, 200), false);
    private static final Column AUTHOR = Column.of("author", ColumnType.of(DataType.VARCHAR, 100), false);
    private static final Column PUBLISHED = Column.of("published_date", ColumnType.of(DataType.DATE), true);

    private static Schema books(Column... columns) {
        return new CreateTable("book", List.of(columns), List.of("id")).applyTo(Schema.empty());
    }

    @Test
    void theSeedStory() throws Exception {
        MakeResult first = make(books(ID, TITLE, AUTHOR), null);
        assertThat(first.id()).isEqualTo("0001_initial");
        assertThat(first.file()).isEqualTo(directory.resolve("0001_initial.xml"));
        assertThat(first.report()).startsWith("Wrote migration 0001_initial:").contains("- Create table book");

        MakeResult second = make(books(ID, TITLE, AUTHOR, PUBLISHED), null);
        assertThat(second.id()).isEqualTo("0002_book_published_date");
        assertThat(second.operations()).containsExactly(new AddColumn("book", PUBLISHED));
        assertThat(Files.readString(second.file())).contains("<dependsOn>0001_initial</dependsOn>")
                .contains("<addColumn tableName=\"book\">");

        MakeResult none = make(books(ID, TITLE, AUTHOR, PUBLISHED), null);
        assertThat(none.noChanges()).isTrue();
        assertThat(none.report()).isEqualTo("No changes detected");
        try (var files = Files.list(directory)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void namesMigrationsAfterWhatTheyDo() throws Exception {
        make(books(ID, TITLE, AUTHOR, PUBLISHED), null);
        assertThat(make(books(ID, TITLE, PUBLISHED), null).id()).isEqualTo("0002_remove_book_author");
        Schema withAuthorTable = new CreateTable("author", List.of(ID), List.of("id")).applyTo(books(ID, TITLE, PUBLISHED));
        assertThat(make(withAuthorTable, null).id()).isEqualTo("0003_author");
        Schema indexed = new CreateIndex("book", new Index("ix_book_title", false, List.of(IndexColumn.asc("title"))))
                .applyTo(withAuthorTable);
        assertThat(make(indexed, null).id()).isEqualTo("0004_book_ix_book_title");
        assertThat(make(indexed.withoutTable("author"), "drop_authors").id()).isEqualTo("0005_drop_authors");
    }

    @Test
    void manyChangesGetATimestampedName() throws Exception {
        make(books(ID, TITLE), null);
        Schema many = books(ID, Column.of("a_rather_long_column_name", ColumnType.of(DataType.INTEGER), true),
                Column.of("another_rather_long_column_name", ColumnType.of(DataType.INTEGER), true));
        assertThat(make(many, null).id()).isEqualTo("0002_auto_20261124_1015");
    }

    @Test
    void theSameModelWritesTheSameBytes(@TempDir Path other) throws Exception {
        Schema model = new AddUniqueConstraint("book", new UniqueConstraint("uk_book_title", List.of("title")))
                .applyTo(books(ID, TITLE, AUTHOR));
        String once = Files.readString(maker.make(List.of(), model, RenameHints.none(), directory, null).file());
        String twice = Files.readString(maker.make(List.of(), model, RenameHints.none(), other, null).file());
        assertThat(once).isEqualTo(twice);
    }

    @Test
    void listsWhatLosesData() throws Exception {
        make(books(ID, TITLE, AUTHOR), null);
        MakeResult result = make(books(ID, TITLE), null);
        assertThat(result.destructive()).containsExactly(new DropColumn("book", "author"));
        assertThat(result.report()).contains("Data will be lost when it is applied:", "! Drop column author from book");
        assertThat(Files.readString(result.file())).contains("<!-- Data loss");
    }

    @Test
    void dependsOnTheLatestMigration() throws Exception {
        make(books(ID, TITLE), null);
        make(books(ID, TITLE, PUBLISHED), null);
        MakeResult third = make(new AddUniqueConstraint("book", new UniqueConstraint("uk_book_title",
                List.of("title"))).applyTo(books(ID, TITLE, PUBLISHED)), null);
        assertThat(Files.readString(third.file())).contains("<dependsOn>0002_book_published_date</dependsOn>");
        List<Operation> undo = make(books(ID, TITLE, PUBLISHED), null).operations();
        assertThat(undo).containsExactly(new DropUniqueConstraint("book", "uk_book_title"));
    }

    /**
     * Issue 7: a table that gained a column has it last when the files are replayed, where Hibernate
     * sorts it; renaming its entity must still be seen as a likely rename, not a silent drop.
     */
    @Test
    void aRenamedTableThatGainedAColumnIsWarnedAboutNotSilentlyDropped() throws Exception {
        make(new CreateTable("volume", List.of(ID, TITLE, AUTHOR), List.of("id")).applyTo(Schema.empty()), null);
        make(new CreateTable("volume", List.of(ID, TITLE, AUTHOR, PUBLISHED), List.of("id")).applyTo(Schema.empty()),
                null);
        Schema tome = new CreateTable("tome", List.of(ID, AUTHOR, PUBLISHED, TITLE), List.of("id"))
                .applyTo(Schema.empty());

        MakeResult result = make(tome, null);

        assertThat(result.operations()).containsExactly(new DropTable("volume"),
                new CreateTable("tome", List.of(ID, AUTHOR, PUBLISHED, TITLE), List.of("id")));
        assertThat(result.warnings()).containsExactly("Table tome looks like volume renamed; this migration drops "
                + "volume and its data. If it is a rename, declare it on the entity with @RenamedFrom(\"volume\") and "
                + "make the migration again");
        assertThat(result.report()).contains("Warning: Table tome looks like volume renamed");

        Files.delete(result.file());
        MigrationMaker confirming = new MigrationMaker(new MigrationWriter(), new ConsoleQuestioner(
                new BufferedReader(new StringReader("y\n")), new PrintWriter(new StringWriter(), true)), CLOCK);
        List<Migration> existing = new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + directory)));
        MakeResult renamed = confirming.make(existing, tome, RenameHints.none(), directory, null);
        assertThat(renamed.operations()).containsExactly(new RenameTable("volume", "tome"));
        assertThat(renamed.warnings()).isEmpty();
    }

    @Test
    void refusesABadNameAndAnExistingFile() throws Exception {
        assertThatThrownBy(() -> make(books(ID, TITLE), "not ok")).hasMessageContaining("Invalid migration name");
        Files.writeString(directory.resolve("0001_initial.xml"), "<migration/>");
        assertThatThrownBy(() -> maker.make(List.of(), books(ID, TITLE), RenameHints.none(), directory, "initial"))
                .hasMessageContaining("exists already");
    }

    private MakeResult make(Schema model, String name) {
        List<Migration> existing = new MigrationLoader(new MigrationReader()).load(
                new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + directory)));
        return maker.make(existing, model, RenameHints.none(), directory, name);
    }
}
