package dev.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.testing.OperationFixtures;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Likely renames, through the autodetector: what is asked, what is written and what is warned
 * about. A table is compared by column names and definitions, never by the columns' positions.
 */
class RenameDetectorTest {

    private static final Column ID = Column.of("id", ColumnType.of(DataType.BIGINT), false);
    private static final Column TITLE = Column.of("title", ColumnType.of(DataType.VARCHAR, 100), false);
    private static final Column AUTHOR = Column.of("author", ColumnType.of(DataType.VARCHAR, 100), true);
    private static final Column PAGES = Column.of("pages", ColumnType.of(DataType.INTEGER), true);
    private static final Column ISBN = Column.of("isbn", ColumnType.of(DataType.CHAR, 13), true);

    private static final String VOLUME_TO_TOME = "Table tome looks like volume renamed; this migration drops volume "
            + "and its data. If it is a rename, declare it on the entity with @RenamedFrom(\"volume\") and make the "
            + "migration again";

    private final StringWriter printed = new StringWriter();

    /** volume(id, title, author) as 0001 created it, then pages added by 0002: the replayed column order. */
    private static Schema volumeHistory() {
        return apply(Schema.empty(), List.of(new CreateTable("volume", List.of(ID, TITLE, AUTHOR), List.of("id")),
                new AddColumn("volume", PAGES)));
    }

    /** A table as the entities describe it: the columns in Hibernate's order, sorted by name after the key. */
    private static Table entityTable(String name, Column... columns) {
        List<Column> sorted = new ArrayList<>(List.of(columns));
        sorted.sort(Comparator.comparing((Column c) -> !c.name().equals("id")).thenComparing(Column::name));
        return Table.of(name, sorted, List.of("id"));
    }

    @Test
    void aTableThatGainedAColumnBeforeItWasRenamedIsAskedAboutAtAConsole() {
        Schema history = volumeHistory();
        Schema model = Schema.of(List.of(entityTable("tome", ID, TITLE, AUTHOR, PAGES)), List.of());
        assertThat(history.requireTable("volume").columns()).as("precondition: the orders differ")
                .isNotEqualTo(model.requireTable("tome").columns());

        Changes changes = new Autodetector(console("y\n")).diff(history, model, RenameHints.none());

        assertThat(printed.toString()).isEqualTo("Did you rename table volume to tome? [y/N] ");
        assertThat(changes.operations()).containsExactly(new RenameTable("volume", "tome"));
        assertThat(changes.warnings()).isEmpty();
        assertReplaysToTheModel(history, model, changes);
    }

    @Test
    void aDeclinedOrUnaskedTableRenameIsADropAndACreateWithAWarning() {
        Schema history = volumeHistory();
        Table tome = entityTable("tome", ID, TITLE, AUTHOR, PAGES);
        Schema model = Schema.of(List.of(tome), List.of());
        List<Operation> dropAndCreate = List.of(new DropTable("volume"),
                new CreateTable("tome", tome.columns(), List.of("id")));

        Changes declined = new Autodetector(console("n\n")).diff(history, model, RenameHints.none());
        assertThat(printed.toString()).isEqualTo("Did you rename table volume to tome? [y/N] ");
        assertThat(declined.operations()).isEqualTo(dropAndCreate);
        assertThat(declined.warnings()).containsExactly(VOLUME_TO_TOME);

        Changes unasked = new Autodetector(Questioner.nonInteractive()).diff(history, model, RenameHints.none());
        assertThat(unasked.operations()).isEqualTo(dropAndCreate);
        assertThat(unasked.warnings()).containsExactly(VOLUME_TO_TOME);
    }

    @Test
    void aTableRenamedWhileAColumnIsAddedOneDroppedAndOneWidenedIsStillALikelyRename() {
        Schema history = volumeHistory();
        Column widerTitle = TITLE.withType(ColumnType.of(DataType.VARCHAR, 200));
        // in both, with the same type: id, title, author; in one only: pages, isbn → 3 of 5
        Schema model = Schema.of(List.of(entityTable("tome", ID, widerTitle, AUTHOR, ISBN)), List.of());

        Recording yes = new Recording(Set.of("table volume -> tome"));
        Changes changes = new Autodetector(yes).diff(history, model, RenameHints.none());
        assertThat(yes.asked).containsExactly("table volume -> tome");
        assertThat(changes.operations()).containsExactly(new RenameTable("volume", "tome"),
                new AddColumn("tome", ISBN),
                new ModifyDataType("tome", "title", ColumnType.of(DataType.VARCHAR, 200)),
                new DropColumn("tome", "pages"));
        assertThat(changes.warnings()).isEmpty();
        assertReplaysToTheModel(history, model, changes);

        Recording no = new Recording(Set.of());
        Changes declined = new Autodetector(no).diff(history, model, RenameHints.none());
        assertThat(no.asked).containsExactly("table volume -> tome");
        assertThat(declined.operations()).containsExactly(new DropTable("volume"),
                new CreateTable("tome", model.requireTable("tome").columns(), List.of("id")));
        assertThat(declined.warnings()).containsExactly(VOLUME_TO_TOME);
    }

    @Test
    void theColumnsOfAConfirmedTableRenameAreAskedAboutToo() {
        Schema history = volumeHistory();
        Column pageCount = PAGES.withName("page_count");
        Schema model = Schema.of(List.of(entityTable("tome", ID, TITLE, AUTHOR, pageCount)), List.of());

        Recording yes = new Recording(Set.of("table volume -> tome", "column tome.pages -> page_count"));
        Changes changes = new Autodetector(yes).diff(history, model, RenameHints.none());

        assertThat(yes.asked).containsExactly("table volume -> tome", "column tome.pages -> page_count");
        assertThat(changes.operations()).containsExactly(new RenameTable("volume", "tome"),
                new RenameColumn("tome", "pages", "page_count"));
        assertReplaysToTheModel(history, model, changes);
    }

    @Test
    void theBestOfSeveralCandidatesIsAskedFirst() {
        // booklet shares id, title, author with tome: 3 of 5; volume shares all four of its columns: 4 of 5
        Schema history = volumeHistory().withTable(Table.of("booklet", List.of(ID, TITLE, AUTHOR), List.of("id")));
        Schema model = Schema.of(List.of(entityTable("tome", ID, TITLE, AUTHOR, PAGES, ISBN)), List.of());

        Recording yes = new Recording(Set.of("table volume -> tome", "table booklet -> tome"));
        Changes changes = new Autodetector(yes).diff(history, model, RenameHints.none());
        assertThat(yes.asked).containsExactly("table volume -> tome");
        assertThat(changes.operations()).containsExactly(new RenameTable("volume", "tome"), new DropTable("booklet"),
                new AddColumn("tome", ISBN));
        assertThat(changes.warnings()).as("tome is volume, so booklet has no counterpart left").isEmpty();

        Recording no = new Recording(Set.of());
        Changes declined = new Autodetector(no).diff(history, model, RenameHints.none());
        assertThat(no.asked).containsExactly("table volume -> tome", "table booklet -> tome");
        assertThat(declined.operations()).containsExactly(new DropTable("booklet"), new DropTable("volume"),
                new CreateTable("tome", model.requireTable("tome").columns(), List.of("id")));
        assertThat(declined.warnings()).containsExactly(VOLUME_TO_TOME,
                "Table tome looks like booklet renamed; this migration drops booklet and its data. If it is a "
                        + "rename, declare it on the entity with @RenamedFrom(\"booklet\") and make the migration again");
    }

    @Test
    void equallyLikelyCandidatesAreAskedInTheOrderOfTheirNames() {
        Schema history = Schema.of(List.of(Table.of("beta", List.of(ID, TITLE), List.of("id")),
                Table.of("alpha", List.of(ID, TITLE), List.of("id"))), List.of());
        Schema model = Schema.of(List.of(Table.of("gamma", List.of(ID, TITLE), List.of("id"))), List.of());

        Recording yes = new Recording(Set.of("table alpha -> gamma", "table beta -> gamma"));
        Changes changes = new Autodetector(yes).diff(history, model, RenameHints.none());

        assertThat(yes.asked).containsExactly("table alpha -> gamma");
        assertThat(changes.operations()).containsExactly(new RenameTable("alpha", "gamma"), new DropTable("beta"));
    }

    @Test
    void tablesThatShareLittleMoreThanTheirKeyAreNotALikelyRename() {
        Column name = Column.of("name", ColumnType.of(DataType.VARCHAR, 100), false);
        Schema history = Schema.of(List.of(Table.of("volume", List.of(ID, TITLE, PAGES), List.of("id")),
                Table.of("marker", List.of(ID), List.of("id"))), List.of());
        Schema model = Schema.of(List.of(Table.of("reader", List.of(ID, name), List.of("id")),
                Table.of("token", List.of(ID), List.of("id")),
                // title alike, but another primary key: not likely either
                Table.of("shelf", List.of(Column.of("code", ColumnType.of(DataType.BIGINT), false), TITLE),
                        List.of("code"))), List.of());

        Recording asked = new Recording(Set.of());
        Changes changes = new Autodetector(asked).diff(history, model, RenameHints.none());

        assertThat(asked.asked).isEmpty();
        assertThat(changes.warnings()).isEmpty();
        assertThat(changes.operations()).filteredOn(RenameTable.class::isInstance).isEmpty();
    }

    @Test
    void aColumnRenamedWithItsNullabilityChangedIsALikelyRename() {
        Schema history = OperationFixtures.librarySchema();
        // price decimal(10,2) null default 0.00 becomes cost decimal(12,2) not null default 0.00
        Column cost = new Column("cost", ColumnType.decimal(12, 2), false, DefaultValue.numeric("0.00"), false);
        Schema model = history.withTable("book", book -> book.withColumns(book.columns().stream()
                .filter(c -> !c.name().equals("price")).toList()).withAddedColumn(cost));

        Recording yes = new Recording(Set.of("column book.price -> cost"));
        Changes changes = new Autodetector(yes).diff(history, model, RenameHints.none());
        assertThat(yes.asked).containsExactly("column book.price -> cost");
        assertThat(changes.operations()).containsExactly(new RenameColumn("book", "price", "cost"),
                new ModifyDataType("book", "cost", ColumnType.decimal(12, 2)),
                new AddNotNullConstraint("book", "cost", DefaultValue.numeric("0.00")));
        assertReplaysToTheModel(history, model, changes);

        Recording no = new Recording(Set.of());
        Changes declined = new Autodetector(no).diff(history, model, RenameHints.none());
        assertThat(no.asked).containsExactly("column book.price -> cost");
        assertThat(declined.operations()).containsExactly(new AddColumn("book", cost), new DropColumn("book", "price"));
        assertThat(declined.warnings()).containsExactly("Column book.cost looks like book.price renamed; this "
                + "migration drops price and its data. If it is a rename, declare it on the field with "
                + "@RenamedFrom(\"price\") and make the migration again");
    }

    @Test
    void theClosestOfSeveralColumnsIsAskedFirstAndColumnsOfAnotherTypeNever() {
        Column subtitle = Column.of("subtitle", ColumnType.of(DataType.VARCHAR, 50), false);
        Schema history = apply(Schema.empty(), List.of(new CreateTable("volume", List.of(ID, subtitle, AUTHOR, PAGES),
                List.of("id"))));
        // heading is author exactly; subtitle is a varchar too, but shorter and NOT NULL; pages is an integer
        Column heading = AUTHOR.withName("heading");
        Schema model = Schema.of(List.of(Table.of("volume", List.of(ID, heading), List.of("id"))), List.of());

        Recording no = new Recording(Set.of());
        Changes changes = new Autodetector(no).diff(history, model, RenameHints.none());

        assertThat(no.asked).containsExactly("column volume.author -> heading", "column volume.subtitle -> heading");
        assertThat(changes.operations()).containsExactly(new AddColumn("volume", heading),
                new DropColumn("volume", "subtitle"), new DropColumn("volume", "author"),
                new DropColumn("volume", "pages"));
        assertThat(changes.warnings()).containsExactly(
                "Column volume.heading looks like volume.author renamed; this migration drops author and its data. "
                        + "If it is a rename, declare it on the field with @RenamedFrom(\"author\") and make the "
                        + "migration again",
                "Column volume.heading looks like volume.subtitle renamed; this migration drops subtitle and its "
                        + "data. If it is a rename, declare it on the field with @RenamedFrom(\"subtitle\") and make "
                        + "the migration again");

        Recording yes = new Recording(Set.of("column volume.author -> heading", "column volume.subtitle -> heading"));
        Changes renamed = new Autodetector(yes).diff(history, model, RenameHints.none());
        assertThat(yes.asked).containsExactly("column volume.author -> heading");
        assertThat(renamed.operations()).containsExactly(new RenameColumn("volume", "author", "heading"),
                new DropColumn("volume", "subtitle"), new DropColumn("volume", "pages"));
        assertThat(renamed.warnings()).as("heading is author, so subtitle has no counterpart left").isEmpty();
    }

    @Test
    void aDeclaredRenameIsNotAsked() {
        Schema history = volumeHistory();
        Schema model = Schema.of(List.of(entityTable("tome", ID, TITLE, AUTHOR, PAGES)), List.of());
        Recording asked = new Recording(Set.of());

        Changes changes = new Autodetector(asked).diff(history, model, RenameHints.none().table("tome", "volume"));

        assertThat(asked.asked).isEmpty();
        assertThat(changes.operations()).containsExactly(new RenameTable("volume", "tome"));
        assertThat(changes.warnings()).isEmpty();
    }

    private ConsoleQuestioner console(String input) {
        return new ConsoleQuestioner(new BufferedReader(new StringReader(input)), new PrintWriter(printed, true));
    }

    private static void assertReplaysToTheModel(Schema history, Schema model, Changes changes) {
        Schema replayed = apply(history, changes.operations());
        assertThat(AutodetectorTest.sameIgnoringColumnOrder(replayed, model)).as("%s:%n%s", changes.operations(),
                String.join("\n", replayed.differencesFrom(model))).isTrue();
        assertThat(new Autodetector(Questioner.nonInteractive()).diff(replayed, model, RenameHints.none())
                .isEmpty()).as("a second diff").isTrue();
    }

    private static Schema apply(Schema schema, List<Operation> operations) {
        Schema result = schema;
        for (Operation operation : operations) {
            result = operation.applyTo(result);
        }
        return result;
    }

    /** Writes down every question and says yes to the ones it is given. */
    private static final class Recording implements Questioner {

        final List<String> asked = new ArrayList<>();
        private final Set<String> yes;

        Recording(Set<String> yes) {
            this.yes = yes;
        }

        @Override
        public boolean isRename(String table, String oldColumn, String newColumn) {
            return answer("column " + table + "." + oldColumn + " -> " + newColumn);
        }

        @Override
        public boolean isTableRename(String oldTable, String newTable) {
            return answer("table " + oldTable + " -> " + newTable);
        }

        @Override
        public Optional<DefaultValue> oneOffDefault(String table, Column column) {
            asked.add("default for " + table + "." + column.name());
            return Optional.empty();
        }

        private boolean answer(String question) {
            asked.add(question);
            return yes.contains(question);
        }
    }
}
