package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.Operation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SchemaException;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A migration that does not fit fails in the replay, before any SQL, naming the file and the operation. */
class SchemaReplayTest {

    private static final Column ID = Column.of("id", ColumnType.of(DataType.BIGINT), false);

    private static Migration migration(String id, Operation... operations) {
        return new Migration(id, Long.parseLong(id.substring(0, 4)), List.of(), List.of(operations), "c",
                "db/migrations/" + id + ".xml");
    }

    private static CreateTable table(String name, String... columns) {
        List<Column> all = new java.util.ArrayList<>(List.of(ID));
        for (String column : columns) {
            all.add(Column.of(column, ColumnType.of(DataType.VARCHAR, 20), true));
        }
        return new CreateTable(name, all, List.of("id"));
    }

    @Test
    void aFailureNamesTheMigrationItsFileAndTheOperation() {
        Migration broken = migration("0003_x", table("author", "name"),
                new AddNotNullConstraint("author", "book", null),
                new AddColumn("author", Column.of("born", ColumnType.of(DataType.DATE), true)),
                new AddColumn("author", Column.of("died", ColumnType.of(DataType.DATE), true)));

        assertThatThrownBy(() -> SchemaReplay.of(List.of(broken)))
                .isInstanceOf(MigrationLoadException.class)
                .hasMessage("Migration 0003_x (db/migrations/0003_x.xml), operation 2 of 4 (Make author.book not null):"
                        + " table author has no column book")
                .hasCauseInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> SchemaReplay.prepare(List.of(broken), Set.of("0003_x"), Dialect.forName("mariadb")))
                .isInstanceOf(MigrationLoadException.class)
                .hasMessageStartingWith("Migration 0003_x (db/migrations/0003_x.xml), operation 2 of 4");
    }

    @Test
    void aLongNameIsNotEchoedInFull() {
        String longName = "n".repeat(100_000);
        Migration broken = migration("0001_x", table("author"), new AddNotNullConstraint("author", longName, null));

        assertThatThrownBy(() -> SchemaReplay.of(List.of(broken)))
                .hasMessageContaining("… (100000 characters)")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(800));
    }

    @Test
    void anIndexOrKeyNamingAColumnTwiceIsRefusedByTheModel() {
        assertThatThrownBy(() -> new Index("i", false, List.of(IndexColumn.asc("title"), IndexColumn.asc("Title"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("index i names the column title twice");
        assertThatThrownBy(() -> new UniqueConstraint("u", List.of("a", "a")))
                .hasMessage("unique constraint u names the column a twice");
        assertThatThrownBy(() -> new ForeignKey("f", List.of("a", "a"), "t", List.of("x", "y"), ReferentialAction.CASCADE))
                .hasMessage("foreign key f names the column a twice");
        assertThatThrownBy(() -> new ForeignKey("f", List.of("a"), "t", List.of("x", "y"), null))
                .hasMessage("foreign key f has 1 columns but references 2");
        assertThatThrownBy(() -> new Index("i", false, List.of())).hasMessage("index i has no columns");
        assertThatThrownBy(() -> new CreateTable("t", List.of(ID), List.of("id", "ID")))
                .hasMessage("the primary key of table t names the column id twice");
        assertThatThrownBy(() -> dev.migrate.schema.Table.of("t", List.of(ID), List.of("id", "id")))
                .hasMessage("the primary key of t names the column id twice");
    }

    @Test
    void aForeignKeyToAMissingTableOrColumnFailsInTheReplay() {
        Migration missingTable = migration("0001_x", table("book", "author_id"), new AddForeignKeyConstraint("book",
                new ForeignKey("fk_author", List.of("author_id"), "author", List.of("id"), null)));
        assertThatThrownBy(() -> SchemaReplay.of(List.of(missingTable)))
                .hasMessageEndingWith("operation 2 of 2 (Add foreign key fk_author on book (author_id) referencing"
                        + " author): foreign key fk_author references table author, which does not exist");

        Migration missingColumn = migration("0001_x", table("author"), table("book", "author_id"),
                new AddForeignKeyConstraint("book",
                        new ForeignKey("fk_author", List.of("author_id"), "author", List.of("code"), null)));
        assertThatThrownBy(() -> SchemaReplay.of(List.of(missingColumn)))
                .hasMessageEndingWith("operation 3 of 3 (Add foreign key fk_author on book (author_id) referencing"
                        + " author): table author has no column code");
    }

    @Test
    void indexAndConstraintNamesAreUniqueAcrossTables() {
        Migration twice = migration("0001_x", table("author", "name"), table("book", "title"),
                new CreateIndex("author", new Index("idx_name", false, List.of(IndexColumn.asc("name")))),
                new AddUniqueConstraint("book", new UniqueConstraint("idx_name", List.of("title"))));

        assertThatThrownBy(() -> SchemaReplay.of(List.of(twice)))
                .hasMessageContaining("operation 4 of 4 (Add unique constraint idx_name on book (title)): cannot add"
                        + " unique constraint idx_name on book: table author already has an index named idx_name");
    }
}
