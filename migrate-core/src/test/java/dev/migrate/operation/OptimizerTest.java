package dev.migrate.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.Schema;
import dev.migrate.testing.OperationFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimizer's rules one by one; {@link OptimizerPropertyTest} checks it on random sequences. */
class OptimizerTest {

    private static final ColumnType INT = ColumnType.of(DataType.INTEGER);
    private static final ColumnType TEXT = ColumnType.of(DataType.VARCHAR, 100);
    private static final Column ID = Column.of("id", INT, false);
    private static final CreateTable T = new CreateTable("t", List.of(ID), List.of("id"));

    @Test
    void aTableCreatedThenChangedIsCreatedThatWay() {
        List<Operation> operations = List.of(T,
                new AddColumn("t", Column.of("a", INT, true)),
                new AddColumn("t", Column.of("b", INT, true)),
                new ModifyDataType("t", "a", TEXT),
                new AddDefaultValue("t", "a", DefaultValue.string("x")),
                new AddNotNullConstraint("t", "a", null),
                new RenameColumn("t", "a", "c"),
                new DropColumn("t", "b"),
                new RenameTable("t", "u"));
        assertThat(Optimizer.optimize(operations)).containsExactly(new CreateTable("u",
                List.of(ID, new Column("c", TEXT, false, DefaultValue.string("x"), false)), List.of("id")));
    }

    @Test
    void whatIsDroppedAgainDisappears() {
        assertThat(Optimizer.optimize(List.of(T, new AddColumn("t", Column.of("a", INT, true)), new DropTable("t"))))
                .isEmpty();
        assertThat(Optimizer.optimize(List.of(new AddColumn("book", Column.of("a", INT, true)),
                new ModifyDataType("book", "a", TEXT), new DropColumn("book", "a")))).isEmpty();
        assertThat(Optimizer.optimize(List.of(new CreateIndex("book", new Index("ix", false,
                List.of(IndexColumn.asc("title")))), new DropIndex("book", "ix")))).isEmpty();
    }

    @Test
    void changesToATableThatExistedBeforeGoWithItsDrop() {
        List<Operation> operations = List.of(new AddColumn("author", Column.of("a", INT, true)),
                new AddDefaultValue("author", "a", DefaultValue.numeric("1")),
                new RenameColumn("author", "name", "full_name"),
                new DropCheckConstraint("author", "ck_author_name"),
                new DropForeignKeyConstraint("book", "fk_book_author"),
                new DropTable("author"));
        // the foreign key's drop may be what lets the table go: the drop stays after it
        assertThat(Optimizer.optimize(operations)).containsExactly(new AddColumn("author", Column.of("a", INT, true)),
                new AddDefaultValue("author", "a", DefaultValue.numeric("1")),
                new RenameColumn("author", "name", "full_name"),
                new DropCheckConstraint("author", "ck_author_name"),
                new DropForeignKeyConstraint("book", "fk_book_author"),
                new DropTable("author"));
        List<Operation> withoutKey = List.of(new DropForeignKeyConstraint("book", "fk_book_author"),
                new AddColumn("author", Column.of("a", INT, true)),
                new RenameColumn("author", "name", "full_name"),
                new DropTable("author"));
        assertThat(Optimizer.optimize(withoutKey)).containsExactly(
                new DropForeignKeyConstraint("book", "fk_book_author"), new DropTable("author"));
    }

    @Test
    void renameChainsCollapse() {
        assertThat(Optimizer.optimize(List.of(new RenameTable("book", "b"), new RenameTable("b", "volume"))))
                .containsExactly(new RenameTable("book", "volume"));
        assertThat(Optimizer.optimize(List.of(new RenameTable("book", "b"), new RenameTable("b", "book")))).isEmpty();
        assertThat(Optimizer.optimize(List.of(new RenameColumn("book", "title", "x"),
                new ModifyDataType("book", "isbn", TEXT), new RenameColumn("book", "x", "name"))))
                .containsExactly(new RenameColumn("book", "title", "name"), new ModifyDataType("book", "isbn", TEXT));
        assertThat(Optimizer.optimize(List.of(new AddColumn("book", Column.of("a", INT, true)),
                new RenameColumn("book", "a", "b")))).containsExactly(new AddColumn("book", Column.of("b", INT, true)));
    }

    @Test
    void aDefaultGivenToAColumnAddedToATableWithRowsStaysApart() {
        // the autodetector's NOT NULL column: the one-off default fills the rows already there, then goes
        List<Operation> oneOff = List.of(new AddColumn("book", new Column("a", INT, false,
                DefaultValue.numeric("0"), false)), new DropDefaultValue("book", "a"));
        assertThat(Optimizer.optimize(oneOff)).isEqualTo(oneOff);
        List<Operation> later = List.of(new AddColumn("book", Column.of("a", INT, true)),
                new AddDefaultValue("book", "a", DefaultValue.numeric("0")),
                new AddNotNullConstraint("book", "a", DefaultValue.numeric("1")));
        assertThat(Optimizer.optimize(later)).isEqualTo(later);
        // with a default the rows are filled either way
        assertThat(Optimizer.optimize(List.of(new AddColumn("book", new Column("a", INT, true,
                DefaultValue.numeric("0"), false)), new AddNotNullConstraint("book", "a", null)))).containsExactly(
                        new AddColumn("book", new Column("a", INT, false, DefaultValue.numeric("0"), false)));
    }

    @Test
    void nothingCrossesRawSql() {
        SqlOperation fill = new SqlOperation(List.of("update book set a = 1"), List.of());
        List<Operation> operations = List.of(new AddColumn("book", Column.of("a", INT, true)), fill,
                new DropColumn("book", "a"), new ModifyDataType("book", "title", TEXT),
                new ModifyDataType("book", "title", INT));
        assertThat(Optimizer.optimize(operations)).containsExactly(new AddColumn("book", Column.of("a", INT, true)),
                fill, new DropColumn("book", "a"), new ModifyDataType("book", "title", INT));
    }

    @Test
    void aForeignKeyStaysAfterTheTableItReferences() {
        CreateTable u = new CreateTable("u", List.of(ID), List.of("id"));
        List<Operation> operations = List.of(T, new AddColumn("t", Column.of("u_id", INT, true)), u,
                new AddForeignKeyConstraint("t", new ForeignKey("fk_t_u", List.of("u_id"), "u", List.of("id"), null)),
                new AddColumn("t", Column.of("b", INT, true)));
        List<Operation> optimized = Optimizer.optimize(operations);
        assertThat(optimized).containsExactly(
                new CreateTable("t", List.of(ID, Column.of("u_id", INT, true)), List.of("id")), u,
                new AddForeignKeyConstraint("t", new ForeignKey("fk_t_u", List.of("u_id"), "u", List.of("id"), null)),
                new AddColumn("t", Column.of("b", INT, true)));
        assertThat(replay(Schema.empty(), optimized)).isEqualTo(replay(Schema.empty(), operations));
    }

    @Test
    void theLibraryIsAlreadyMinimal() {
        assertThat(Optimizer.optimize(OperationFixtures.library())).isEqualTo(OperationFixtures.library());
    }

    private static Schema replay(Schema schema, List<Operation> operations) {
        for (Operation operation : operations) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }
}
