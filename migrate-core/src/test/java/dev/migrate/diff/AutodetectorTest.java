package dev.migrate.diff;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.schema.CheckConstraint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropDefaultValue;
import dev.migrate.operation.DropForeignKeyConstraint;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.testing.OperationFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AutodetectorTest {

    private final Autodetector autodetector = new Autodetector(Questioner.nonInteractive());

    static List<String> everyOperation() {
        return OperationFixtures.everyOperation().entrySet().stream()
                .filter(e -> !e.getKey().equals("sql"))
                .map(Map.Entry::getKey).toList();
    }

    /** Whatever single change is made, the diff finds operations that reproduce it exactly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void findsOperationsThatReproduceEveryKindOfChange(String name) {
        Schema history = OperationFixtures.librarySchema();
        Schema model = OperationFixtures.everyOperation().get(name).applyTo(history);
        RenameHints hints = RenameHints.none().table("writer", "author")
                .column("book", "name", "title").column("author", "author_key", "id");
        Changes changes = autodetector.diff(history, model, hints);
        assertThat(changes.isEmpty()).isFalse();
        Schema replayed = apply(history, changes.operations());
        assertThat(sameIgnoringColumnOrder(replayed, model)).as("%s:%n%s", changes.operations(),
                String.join("\n", replayed.differencesFrom(model))).isTrue();
        assertThat(autodetector.diff(replayed, model, hints).operations()).as("a second diff").isEmpty();
    }

    @Test
    void noChangesForEqualSchemas() {
        assertThat(autodetector.diff(OperationFixtures.librarySchema(), OperationFixtures.librarySchema(),
                RenameHints.none()).isEmpty()).isTrue();
    }

    /**
     * The diff's shortcut (no diff when the schemas differ at most in column order) agrees with a
     * plain sort-and-compare, for every kind of change and for columns in another order.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void theNothingChangedShortcutAgreesWithSortingTheColumns(String name) {
        Schema history = OperationFixtures.librarySchema();
        Schema model = OperationFixtures.everyOperation().get(name).applyTo(history);
        Schema reversedColumns = history;
        for (Table table : history.tables()) {
            List<Column> reversed = new java.util.ArrayList<>(table.columns());
            java.util.Collections.reverse(reversed);
            reversedColumns = reversedColumns.withTable(table.withColumns(reversed));
        }
        assertThat(history.sameIgnoringColumnOrder(model)).isEqualTo(sameIgnoringColumnOrder(history, model));
        assertThat(model.sameIgnoringColumnOrder(history)).isEqualTo(sameIgnoringColumnOrder(model, history));
        assertThat(reversedColumns.sameIgnoringColumnOrder(history)).isTrue();
        assertThat(reversedColumns).isNotEqualTo(history);
        assertThat(autodetector.diff(reversedColumns, history, RenameHints.none()).isEmpty()).isTrue();
    }

    @Test
    void createsTablesBeforeTheForeignKeysThatPointAtThem() {
        Schema model = apply(Schema.empty(), OperationFixtures.library());
        List<Operation> operations = autodetector.diff(Schema.empty(), model, RenameHints.none()).operations();
        assertThat(operations.get(0)).isInstanceOf(CreateTable.class);
        assertThat(operations.get(1)).isInstanceOf(CreateTable.class);
        assertThat(operations.get(operations.size() - 1)).isInstanceOf(AddForeignKeyConstraint.class);
        assertThat(sameIgnoringColumnOrder(apply(Schema.empty(), operations), model)).isTrue();
    }

    @Test
    void dropsChecksBeforeColumnsGoAndAddsThemAfterColumnsComeAndReplacesAChangedOne() {
        Schema history = OperationFixtures.librarySchema();
        Schema model = history.withTable("book", book -> book
                .withColumns(book.columns().stream().filter(c -> !c.name().equals("price")).toList())
                .withAddedColumn(Column.of("pages", ColumnType.of(DataType.INTEGER), true))
                .withCheckConstraints(List.of(new CheckConstraint("ck_book_pages", "pages > 0"))))
                .withTable("author", author -> author.withCheckConstraints(
                        List.of(new CheckConstraint("ck_author_name", "name <> 'anonymous'"))));

        List<String> operations = autodetector.diff(history, model, RenameHints.none()).operations().stream()
                .map(Operation::describe).toList();

        assertThat(operations).containsExactly(
                "Drop check constraint ck_author_name from author",
                "Add column pages to book",
                "Drop column price from book",
                "Add check constraint ck_author_name on author (name <> 'anonymous')",
                "Add check constraint ck_book_pages on book (pages > 0)");
    }

    @Test
    void addsTheChecksOfANewTableAfterCreatingIt() {
        Table gauge = Table.of("gauge", List.of(Column.of("level", ColumnType.of(DataType.INTEGER), false)), List.of())
                .withCheckConstraints(List.of(new CheckConstraint("ck_gauge_level", "level < 100")));

        List<Operation> operations = autodetector.diff(Schema.empty(), Schema.of(List.of(gauge), List.of()),
                RenameHints.none()).operations();

        assertThat(operations).containsExactly(new CreateTable("gauge", gauge.columns(), List.of()),
                new AddCheckConstraint("gauge", gauge.checkConstraints().get(0)));
    }

    @Test
    void dropsForeignKeysBeforeTheirTablesAndIndexesBeforeTheirColumns() {
        Schema history = OperationFixtures.librarySchema();
        Schema model = history.withoutTable("book").withTable(history.requireTable("author"));
        List<Operation> operations = autodetector.diff(history, model, RenameHints.none()).operations();
        assertThat(operations).containsExactly(new DropForeignKeyConstraint("book", "fk_book_author"),
                new DropTable("book"));

        Table book = history.requireTable("book");
        Schema withoutTitle = history.withTable(book.withIndexes(List.of()).withColumns(
                book.columns().stream().filter(c -> !c.name().equals("title")).toList()));
        assertThat(autodetector.diff(history, withoutTitle, RenameHints.none()).operations())
                .containsExactly(new DropIndex("book", "ix_book_title"), new DropColumn("book", "title"));
    }

    @Test
    void aColumnRenameIsNeverGuessedButWarnedAbout() {
        Schema history = OperationFixtures.librarySchema();
        Schema model = new RenameColumn("book", "price", "cost").applyTo(history);
        Changes changes = autodetector.diff(history, model, RenameHints.none());
        assertThat(changes.operations()).contains(new DropColumn("book", "price"))
                .doesNotContain(new RenameColumn("book", "price", "cost"));
        assertThat(changes.warnings()).anySatisfy(w -> assertThat(w)
                .contains("book.cost looks like book.price renamed").contains("@RenamedFrom(\"price\")"));
    }

    @Test
    void aConfirmedRenameIsWritten() {
        Schema history = OperationFixtures.librarySchema();
        Schema model = new RenameColumn("book", "title", "heading").applyTo(
                new RenameTable("author", "writer").applyTo(history));
        Autodetector asking = new Autodetector(answering(true, Optional.empty()));
        assertThat(asking.diff(history, model, RenameHints.none()).operations()).containsExactly(
                new RenameTable("author", "writer"), new RenameColumn("book", "title", "heading"));
    }

    @Test
    void aNotNullColumnWithoutDefaultNeedsAOneOffDefault() {
        Schema history = OperationFixtures.librarySchema();
        Column published = Column.of("published", ColumnType.of(DataType.DATE), false);
        Schema model = new AddColumn("book", published).applyTo(history);
        assertThatThrownBy(() -> autodetector.diff(history, model, RenameHints.none()))
                .isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("NOT NULL column book.published without a default")
                .hasMessageContaining("@ColumnDefault").hasMessageContaining("one-off default");

        Autodetector asking = new Autodetector(answering(false, Optional.of(DefaultValue.computed("current_date"))));
        assertThat(asking.diff(history, model, RenameHints.none()).operations()).containsExactly(
                new AddColumn("book", published.withDefaultValue(DefaultValue.computed("current_date"))),
                new DropDefaultValue("book", "published"));
    }

    @Test
    void tighteningAColumnUsesItsDefaultForExistingNulls() {
        Schema history = OperationFixtures.librarySchema();
        Schema model = history.withTable("book", t -> t.withColumn("price", c -> c.withNullable(false)));
        assertThat(autodetector.diff(history, model, RenameHints.none()).operations()).containsExactly(
                new AddNotNullConstraint("book", "price", DefaultValue.numeric("0.00")));
    }

    @Test
    void aChangedIndexIsDroppedAndCreatedAgain() {
        Schema history = OperationFixtures.librarySchema();
        Index descending = new Index("ix_book_title", false, List.of(new IndexColumn("title", true)));
        Schema model = history.withTable("book", t -> t.withIndexes(List.of(descending)));
        assertThat(autodetector.diff(history, model, RenameHints.none()).operations()).containsExactly(
                new DropIndex("book", "ix_book_title"), new CreateIndex("book", descending));
    }

    @Test
    void aWidenedColumnIsModified() {
        Schema history = OperationFixtures.librarySchema();
        Schema model = history.withTable("book",
                t -> t.withColumn("title", c -> c.withType(ColumnType.of(DataType.VARCHAR, 300))));
        assertThat(autodetector.diff(history, model, RenameHints.none()).operations()).containsExactly(
                new ModifyDataType("book", "title", ColumnType.of(DataType.VARCHAR, 300)));
    }

    @Test
    void refusesAChangedPrimaryKey() {
        Schema history = OperationFixtures.librarySchema();
        Table book = history.requireTable("book");
        Schema model = history.withTable(new Table("book", book.columns(), List.of("id", "title"),
                book.uniqueConstraints(), book.indexes(), book.foreignKeys()));
        assertThatThrownBy(() -> autodetector.diff(history, model, RenameHints.none()))
                .hasMessageContaining("primary key of book changed");
    }

    /** Diffing a model of n tables costs about n, not n squared: a smoke check of the approach. */
    @Test
    void handlesAThousandTables() {
        Schema model = Schema.empty();
        for (int i = 0; i < 1000; i++) {
            model = model.withTable(Table.of("t" + i, List.of(Column.of("id", ColumnType.of(DataType.BIGINT), false),
                    Column.of("ref", ColumnType.of(DataType.BIGINT), true)), List.of("id")).withForeignKeys(
                    i == 0 ? List.of() : List.of(new ForeignKey("fk_" + i, List.of("ref"), "t" + (i - 1), List.of("id"),
                            null))));
        }
        Changes changes = autodetector.diff(Schema.empty(), model, RenameHints.none());
        assertThat(changes.operations()).hasSize(1999);
    }

    private static Questioner answering(boolean renames, Optional<DefaultValue> oneOffDefault) {
        return new Questioner() {
            @Override
            public boolean isRename(String table, String oldColumn, String newColumn) {
                return renames;
            }

            @Override
            public boolean isTableRename(String oldTable, String newTable) {
                return renames;
            }

            @Override
            public Optional<DefaultValue> oneOffDefault(String table, Column column) {
                return oneOffDefault;
            }
        };
    }

    static boolean sameIgnoringColumnOrder(Schema a, Schema b) {
        return normalized(a).equals(normalized(b));
    }

    private static Schema normalized(Schema schema) {
        Schema result = schema;
        for (Table table : schema.tables()) {
            result = result.withTable(table.withColumns(table.columns().stream()
                    .sorted(java.util.Comparator.comparing(Column::name)).toList()));
        }
        return result;
    }

    private static Schema apply(Schema schema, List<Operation> operations) {
        Schema result = schema;
        for (Operation operation : operations) {
            result = operation.applyTo(result);
        }
        return result;
    }
}
