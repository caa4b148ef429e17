package dev.migrate.operation;

import dev.migrate.schema.CheckConstraint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.OperationFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OperationsTest {

    private static final ColumnType BIGINT = ColumnType.of(DataType.BIGINT);

    static Schema library() {
        return OperationFixtures.librarySchema();
    }

    static Stream<Arguments> everyOperation() {
        return OperationFixtures.everyOperation().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void reverseRestoresTheSchema(String name, Operation operation) {
        Schema before = library();
        Schema after = operation.applyTo(before);
        if (!(operation instanceof SqlOperation)) {
            assertThat(after).as("%s changes the schema", name).isNotEqualTo(before);
        }
        List<Operation> reverse = operation.reverse(before).orElseThrow();
        Schema restored = apply(after, reverse);
        if (operation instanceof DropColumn) {
            // a dropped column comes back at the end of the table
            assertThat(restored.requireTable("book").columns()).containsExactlyInAnyOrderElementsOf(
                    before.requireTable("book").columns());
        } else {
            assertThat(restored).as("%s then its reverse", name).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void describesItselfInOneLine(String name, Operation operation) {
        assertThat(operation.describe()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void describesChangesForPeople() {
        assertThat(new AddColumn("book", Column.of("published_date", ColumnType.of(DataType.DATE), false)).describe())
                .isEqualTo("Add column published_date to book");
        assertThat(new DropTable("book").describe()).isEqualTo("Drop table book");
        assertThat(new RenameColumn("book", "name", "title").describe()).isEqualTo("Rename column name of book to title");
    }

    @Test
    void onlyDropsLoseData() {
        assertThat(new DropTable("book").isDestructive()).isTrue();
        assertThat(new DropColumn("book", "price").isDestructive()).isTrue();
        assertThat(new RenameTable("book", "volume").isDestructive()).isFalse();
    }

    @Test
    void checkConstraintsAreAddedDroppedAndRefusedWhenMissingOrTaken() {
        CheckConstraint check = new CheckConstraint("ck_book_price", "price >= 0");
        Schema added = new AddCheckConstraint("book", check).applyTo(library());
        assertThat(added.requireTable("book").checkConstraints()).containsExactly(check);
        assertThat(new DropCheckConstraint("book", "ck_book_price").reverse(added))
                .contains(List.of(new AddCheckConstraint("book", check)));
        assertThat(new AddCheckConstraint("book", check).describe())
                .isEqualTo("Add check constraint ck_book_price on book (price >= 0)");
        assertThatThrownBy(() -> new AddCheckConstraint("book", check).applyTo(added))
                .hasMessageContaining("two indexes or constraints named ck_book_price");
        assertThatThrownBy(() -> new DropCheckConstraint("book", "ck_book_price").applyTo(library()))
                .hasMessageContaining("Table book has no check constraint ck_book_price");
        assertThatThrownBy(() -> new DropCheckConstraint("book", "uk_book_isbn").applyTo(library()))
                .hasMessageContaining("no check constraint uk_book_isbn");
    }

    @Test
    void sqlWithoutRollbackCannotBeReversed() {
        assertThat(new SqlOperation(List.of("delete from book"), List.of()).reverse(library())).isEmpty();
    }

    @Test
    void renamingATableFollowsItsForeignKeys() {
        Schema renamed = new RenameTable("author", "writer").applyTo(library());
        assertThat(renamed.requireTable("book").foreignKey("fk_book_author").orElseThrow().referencedTable())
                .isEqualTo("writer");
    }

    @Test
    void renamingAColumnFollowsIndexesAndReferences() {
        Schema renamed = new RenameColumn("author", "id", "author_key").applyTo(library());
        assertThat(renamed.requireTable("book").foreignKey("fk_book_author").orElseThrow().referencedColumns())
                .containsExactly("author_key");
        Schema retitled = new RenameColumn("book", "title", "name").applyTo(library());
        assertThat(retitled.requireTable("book").index("ix_book_title").orElseThrow().columnNames())
                .containsExactly("name");
    }

    @Test
    void refusesChangesThatDoNotFit() {
        Schema library = library();
        assertThatThrownBy(() -> new DropTable("author").applyTo(library)).isInstanceOf(SchemaException.class)
                .hasMessageContaining("book.fk_book_author");
        assertThatThrownBy(() -> new DropColumn("book", "title").applyTo(library))
                .isInstanceOf(SchemaException.class).hasMessageContaining("ix_book_title");
        assertThatThrownBy(() -> new AddColumn("book", Column.of("title", BIGINT, true)).applyTo(library))
                .isInstanceOf(SchemaException.class).hasMessageContaining("already has a column title");
        assertThatThrownBy(() -> new CreateTable("book", List.of(Column.of("id", BIGINT, false)), List.of())
                .applyTo(library)).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> new AddForeignKeyConstraint("book", new ForeignKey("fk_x", List.of("author_id"),
                "nowhere", List.of("id"), null)).applyTo(library)).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> new DropIndex("book", "ix_missing").applyTo(library))
                .hasMessageContaining("no index ix_missing");
    }

    /** Any name a database can store is a name (quoting keeps it in its place); a comma is not. */
    @Test
    void rejectsNamesNoMigrationFileCanHold() {
        assertThat(new DropTable("Book; drop table author").tableName()).isEqualTo("book; drop table author");
        assertThatThrownBy(() -> new DropTable("book,author")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid table name 'book,author'");
    }

    private static Schema apply(Schema schema, List<Operation> operations) {
        Schema result = schema;
        for (Operation operation : operations) {
            result = operation.applyTo(result);
        }
        return result;
    }
}
