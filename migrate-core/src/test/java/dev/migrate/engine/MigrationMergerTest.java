package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.diff.ConsoleQuestioner;
import dev.migrate.diff.Questioner;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropNotNullConstraint;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.testing.OperationFixtures;
import dev.migrate.xml.MigrationDocument;
import dev.migrate.xml.MigrationReader;
import dev.migrate.xml.MigrationWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** makemigrations --merge and --empty on real files: branches that commute are merged, the rest refused. */
class MigrationMergerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC);
    private static final MigrationWriter WRITER = new MigrationWriter();
    private static final MigrationLoader LOADER = new MigrationLoader(new MigrationReader());

    private static final Operation ADD_EDITION =
            new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true));
    private static final Operation ADD_SUBTITLE =
            new AddColumn("book", Column.of("subtitle", ColumnType.of(DataType.VARCHAR, 100), true));
    private static final Operation ADD_BORN = new AddColumn("author", Column.of("born", ColumnType.of(DataType.DATE), true));

    @TempDir
    Path directory;

    @Test
    void twoBranchesAddingDifferentColumnsAreMergedAndReplayAsBoth() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), List.of(ADD_EDITION));
        write("0002_book_subtitle", List.of("0001_library"), List.of(ADD_SUBTITLE, ADD_BORN));
        assertThatThrownBy(() -> LOADER.load(files())).isInstanceOf(MigrationLoadException.class)
                .hasMessageContaining("the latest migrations are")
                .hasMessageContaining("--migrate.command=make --migrate.merge=true");

        MergeResult result = merge(Questioner.nonInteractive(), null);

        assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
        assertThat(result.id()).isEqualTo("0003_merge_0002_book_edition_0002_book_subtitle");
        assertThat(result.file()).isEqualTo(directory.resolve(result.id() + ".xml"));
        assertThat(result.report()).isEqualTo("""
                Merging 0002_book_edition and 0002_book_subtitle (branches since 0001_library):
                  Branch 0002_book_edition
                    - Add column edition to book
                  Branch 0002_book_subtitle
                    - Add column subtitle to book
                    - Add column born to author
                Wrote merge migration 0003_merge_0002_book_edition_0002_book_subtitle:
                  %s""".formatted(result.file()));
        String written = Files.readString(result.file());
        assertThat(written).contains("<dependsOn>0002_book_edition</dependsOn>")
                .contains("<dependsOn>0002_book_subtitle</dependsOn>").doesNotContain("Column");

        List<Migration> merged = LOADER.load(files());
        assertThat(merged).extracting(Migration::id).containsExactly("0001_library", "0002_book_edition",
                "0002_book_subtitle", "0003_merge_0002_book_edition_0002_book_subtitle");
        assertThat(merged.get(3).operations()).isEmpty();
        assertThat(SchemaReplay.of(merged)).isEqualTo(apply(OperationFixtures.librarySchema(), ADD_EDITION,
                ADD_SUBTITLE, ADD_BORN));

        assertThat(merge(Questioner.nonInteractive(), null).report()).isEqualTo("No conflicts detected to merge.");
        assertThat(fileCount()).isEqualTo(4);
    }

    @Test
    void oneLatestMigrationHasNothingToMerge() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), List.of(ADD_EDITION));
        MergeResult result = merge(Questioner.nonInteractive(), null);
        assertThat(result.outcome()).isEqualTo(MergeResult.Outcome.NO_CONFLICTS);
        assertThat(result.report()).isEqualTo("No conflicts detected to merge.");
        assertThat(result.refused()).isFalse();
        assertThat(fileCount()).isEqualTo(2);
    }

    @Test
    void bothBranchesChangingOneColumnAreRefusedNamingItAndBothMigrations() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_title_longer", List.of("0001_library"),
                List.of(new ModifyDataType("book", "title", ColumnType.of(DataType.VARCHAR, 300))));
        write("0002_title_optional", List.of("0001_library"), List.of(ADD_BORN, new DropNotNullConstraint("book", "title")));

        MergeResult result = merge(Questioner.nonInteractive(), null);

        assertThat(result.refused()).isTrue();
        assertThat(result.conflicts()).containsExactly("0002_title_longer and 0002_title_optional both change column "
                + "book.title (Change type of book.title to varchar(300); Make book.title nullable)");
        assertThat(result.report()).contains("Cannot merge: the branches change the same things")
                .contains("make the first migration of one branch (0002_title_optional) depend on the latest of the "
                        + "other (0002_title_longer");
        assertThat(fileCount()).isEqualTo(3);
    }

    @Test
    void aDroppedTableThatTheOtherBranchAltersIsRefused() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), List.of(ADD_EDITION));
        write("0002_delete_book", List.of("0001_library"), List.of(new DropTable("book")));

        MergeResult result = merge(Questioner.nonInteractive(), null);

        assertThat(result.conflicts()).containsExactly("0002_delete_book drops table book (Drop table book) while "
                + "0002_book_edition changes table book (Add column edition to book)");
        assertThat(fileCount()).isEqualTo(3);
    }

    @Test
    void aDroppedColumnThatTheOtherBranchIndexesIsRefused() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_remove_price", List.of("0001_library"), List.of(new DropColumn("book", "price")));
        write("0002_price_index", List.of("0001_library"), List.of(new CreateIndex("book",
                new Index("ix_book_price", false, List.of(IndexColumn.asc("price"))))));
        assertThat(merge(Questioner.nonInteractive(), null).conflicts()).containsExactly("0002_remove_price drops "
                + "column book.price (Drop column price from book) while 0002_price_index uses column book.price "
                + "(Create index ix_book_price on book (price))");
    }

    @Test
    void aRenamedTableAndANewTableOfTheSameNameAreRefused() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_rename_book", List.of("0001_library"), List.of(new RenameTable("book", "volume")));
        write("0002_volume", List.of("0001_library"), List.of(new CreateTable("volume",
                List.of(Column.of("id", ColumnType.of(DataType.BIGINT), false)), List.of("id"))));
        assertThat(merge(Questioner.nonInteractive(), null).conflicts()).singleElement().asString()
                .contains("0002_rename_book renames table volume").contains("0002_volume creates table volume");
    }

    @Test
    void threeLatestMigrationsAreMergedInOneWithATimestampWhenTheirNamesAreLong() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), List.of(ADD_EDITION));
        write("0002_book_subtitle", List.of("0001_library"), List.of(ADD_SUBTITLE));
        write("0003_author_born", List.of("0002_book_subtitle"), List.of(ADD_BORN));
        write("0002_reader", List.of("0001_library"), List.of(OperationFixtures.everyOperation().get("createTable")));
        write("0004_raw_statistics_refresh", List.of("0002_reader"), List.of(new SqlOperation(List.of("select 1"), List.of())));

        MergeResult result = merge(Questioner.nonInteractive(), null);

        assertThat(result.latest()).containsExactly("0002_book_edition", "0003_author_born", "0004_raw_statistics_refresh");
        assertThat(result.id()).isEqualTo("0005_merge_20261124_1015");
        assertThat(result.branches()).extracting(MergeResult.Branch::migrations).containsExactly(
                List.of("0002_book_edition"), List.of("0002_book_subtitle", "0003_author_born"),
                List.of("0002_reader", "0004_raw_statistics_refresh"));
        assertThat(result.warnings()).singleElement().asString().startsWith("0004_raw_statistics_refresh, operation 1 (Run SQL");
        assertThat(result.report()).contains("  Branch 0003_author_born (0002_book_subtitle, 0003_author_born)\n")
                .contains("Warning: 0004_raw_statistics_refresh, operation 1");
        assertThat(Files.readString(result.file())).contains("<dependsOn>0002_book_edition</dependsOn>")
                .contains("<dependsOn>0003_author_born</dependsOn>").contains("<dependsOn>0004_raw_statistics_refresh</dependsOn>");
        List<Migration> merged = LOADER.load(files());
        assertThat(merged.get(merged.size() - 1).id()).isEqualTo("0005_merge_20261124_1015");
        assertThat(SchemaReplay.of(merged)).isEqualTo(apply(OperationFixtures.librarySchema(), ADD_EDITION,
                ADD_SUBTITLE, ADD_BORN, OperationFixtures.everyOperation().get("createTable")));
    }

    @Test
    void branchesThatShareTheirStartAreComparedOnlyWhereTheyDiffer() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), List.of(ADD_EDITION));
        write("0003_edition_bigger", List.of("0002_book_edition"),
                List.of(new ModifyDataType("book", "edition", ColumnType.of(DataType.BIGINT))));
        write("0003_subtitle", List.of("0002_book_edition"), List.of(ADD_SUBTITLE));
        MergeResult result = merge(Questioner.nonInteractive(), "join");
        assertThat(result.commonAncestor()).isEqualTo("0002_book_edition");
        assertThat(result.id()).isEqualTo("0004_join");
    }

    @Test
    void aPersonIsShownTheBranchesAndAsked() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), List.of(ADD_EDITION));
        write("0002_book_subtitle", List.of("0001_library"), List.of(ADD_SUBTITLE));

        StringWriter console = new StringWriter();
        MergeResult declined = merge(new ConsoleQuestioner(new BufferedReader(new StringReader("\n")),
                new PrintWriter(console)), null);
        assertThat(console.toString()).startsWith("Merging 0002_book_edition and 0002_book_subtitle")
                .contains("    - Add column subtitle to book\n")
                .endsWith("Merge 0002_book_edition and 0002_book_subtitle? [y/N] ");
        assertThat(declined.outcome()).isEqualTo(MergeResult.Outcome.DECLINED);
        assertThat(declined.report()).isEqualTo("Not merged: nothing written.");
        assertThat(fileCount()).isEqualTo(3);

        MergeResult merged = merge(new ConsoleQuestioner(new BufferedReader(new StringReader("y\n")),
                new PrintWriter(new StringWriter())), null);
        assertThat(merged.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
        assertThat(merged.report()).startsWith("Wrote merge migration 0003_merge_0002_book_edition_0002_book_subtitle:");
    }

    @Test
    void anEmptyMigrationFollowsTheLatestOneWithTheNextNumber() throws Exception {
        MigrationMaker maker = new MigrationMaker(WRITER, Questioner.nonInteractive(), CLOCK);
        MakeResult first = maker.makeEmpty(LOADER.load(files()), directory, null);
        assertThat(first.id()).isEqualTo("0001_initial");
        assertThat(Files.readString(first.file())).doesNotContain("dependsOn");

        write("0002_book_edition", List.of("0001_initial"), List.of(new CreateTable("book",
                List.of(Column.of("id", ColumnType.of(DataType.BIGINT), false)), List.of("id")), ADD_EDITION));
        MakeResult named = maker.makeEmpty(LOADER.load(files()), directory, "fill_isbn");
        assertThat(named.id()).isEqualTo("0003_fill_isbn");
        assertThat(named.operations()).isEmpty();
        assertThat(named.report()).isEqualTo("Wrote migration 0003_fill_isbn:\n  " + named.file()
                + "\n    (empty: write its changes into it by hand)");
        assertThat(Files.readString(named.file())).contains("<dependsOn>0002_book_edition</dependsOn>");

        MakeResult unnamed = maker.makeEmpty(LOADER.load(files()), directory, "");
        assertThat(unnamed.id()).isEqualTo("0004_auto_20261124_1015");
        List<Migration> all = LOADER.load(files());
        assertThat(all).extracting(Migration::id).containsExactly("0001_initial", "0002_book_edition", "0003_fill_isbn",
                "0004_auto_20261124_1015");
        assertThat(all.get(3).dependsOn()).containsExactly("0003_fill_isbn");
        assertThat(all.get(3).operations()).isEmpty();
        assertThatThrownBy(() -> maker.makeEmpty(all, directory, "fill-isbn"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid migration name");
    }

    @Test
    void anEmptyMigrationAfterAMergeTakesTheHighestNumber() throws Exception {
        write("0001_library", List.of(), OperationFixtures.library());
        write("0002_book_edition", List.of("0001_library"), List.of(ADD_EDITION));
        write("0005_book_subtitle", List.of("0001_library"), List.of(ADD_SUBTITLE));
        assertThat(merge(Questioner.nonInteractive(), null).id()).isEqualTo("0006_merge_0002_book_edition_0005_book_subtitle");
        MakeResult empty = new MigrationMaker(WRITER, Questioner.nonInteractive(), CLOCK)
                .makeEmpty(LOADER.load(files()), directory, "fill_isbn");
        assertThat(empty.id()).isEqualTo("0007_fill_isbn");
        assertThat(LOADER.load(files()).get(4).dependsOn())
                .containsExactly("0006_merge_0002_book_edition_0005_book_subtitle");
    }

    private MergeResult merge(Questioner questioner, String name) {
        return new MigrationMerger(WRITER, questioner, CLOCK).merge(LOADER.loadBranches(files()), directory, name);
    }

    private static Schema apply(Schema schema, Operation... operations) {
        Schema result = schema;
        for (Operation operation : operations) {
            result = operation.applyTo(result);
        }
        return result;
    }

    private List<MigrationResource> files() {
        return new MigrationScanner(getClass().getClassLoader()).scan(List.of("filesystem:" + directory));
    }

    private long fileCount() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    private void write(String id, List<String> dependsOn, List<Operation> operations) throws IOException {
        Files.writeString(directory.resolve(id + ".xml"), WRITER.write(new MigrationDocument(dependsOn, operations)));
    }
}
