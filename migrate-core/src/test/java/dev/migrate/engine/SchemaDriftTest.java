package dev.migrate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryRow;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.Operation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.OperationFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wording of each kind of difference, without a database. */
class SchemaDriftTest {

    private static final Schema LIBRARY = OperationFixtures.librarySchema();

    @Test
    void aSchemaHasNoDriftFromItsOwnCanonicalForm() {
        for (Dialect dialect : List.of(Dialect.postgresql(), Dialect.mariadb(), Dialect.h2())) {
            assertThat(SchemaDrift.differences(LIBRARY, dialect.canonical(LIBRARY), dialect)).isEmpty();
        }
    }

    @Test
    void checksCompareByNameAndColumnOrderDoesNotCount() {
        Dialect dialect = Dialect.mariadb();
        Schema live = dialect.canonical(LIBRARY).withTable("author", t -> t
                .withCheckConstraints(List.of(new CheckConstraint("ck_author_name", "(`name` <> '')")))
                .withColumns(List.of(t.columns().get(1), t.columns().get(0))));
        assertThat(SchemaDrift.differences(LIBRARY, live, dialect)).isEmpty();
    }

    @Test
    void describesEachKindOfDifference() {
        Dialect dialect = Dialect.postgresql();
        Schema live = dialect.canonical(LIBRARY)
                .withTable("author", t -> t.withColumn("id", c -> new Column("id", c.type(), false, null, false))
                        .withCheckConstraints(List.of()))
                .withTable("book", t -> new Table("book", t.columns().stream().map(c -> switch (c.name()) {
                    case "genre" -> c.withType(ColumnType.of(DataType.TEXT)).withNullable(false);
                    case "price" -> c.withDefaultValue(null);
                    default -> c;
                }).toList(), List.of("id", "title"), List.of(new UniqueConstraint("uk_book_isbn", List.of("isbn", "title"))),
                        List.of(new Index("ix_book_title", true, List.of(new IndexColumn("title", true)))),
                        List.of(new ForeignKey("fk_book_author", List.of("author_id"), "author", List.of("id"),
                                ReferentialAction.CASCADE)), t.checkConstraints()))
                .withoutSequence("book_seq").withSequence(new Sequence("book_seq", 1, 1));

        assertThat(SchemaDrift.differences(LIBRARY, live, dialect)).containsExactly(
                "Column author.id is not an identity column in the database, an identity column in the migrations",
                "Check constraint author.ck_author_name is in the migrations but not in the database",
                "Column book.price has no default in the database, default 0 in the migrations",
                "Column book.genre is text in the database, enum(40, 'NOVEL', 'POETRY', 'DRAMA') in the migrations",
                "Column book.genre is not null in the database, nullable in the migrations",
                "Table book has primary key (id, title) in the database, primary key (id) in the migrations",
                "Unique constraint book.uk_book_isbn is on (isbn, title) in the database, on (isbn) in the migrations",
                "Index book.ix_book_title is unique on (title desc) in the database, on (title) in the migrations",
                "Foreign key book.fk_book_author is (author_id) references author (id) on delete cascade in the "
                        + "database, (author_id) references author (id) on delete set null in the migrations",
                "Sequence book_seq starts at 1 and increments by 1 in the database, starts at 1 and increments by 50 "
                        + "in the migrations");
    }

    @Test
    void theAppliedMigrationsAndTheDoneOperationsOfAFailedOne() {
        Operation edition = new AddColumn("book", Column.of("edition", ColumnType.of(DataType.INTEGER), true));
        Operation pages = new AddColumn("book", Column.of("pages", ColumnType.of(DataType.INTEGER), true));
        List<Migration> migrations = List.of(
                new Migration("0001_library", 1, List.of(), OperationFixtures.library(), "c1", "0001_library.xml"),
                new Migration("0002_book", 2, List.of("0001_library"), List.of(edition, pages), "c2", "0002_book.xml"),
                new Migration("0003_more", 3, List.of("0002_book"), List.of(), "c3", "0003_more.xml"));
        Map<String, HistoryRow> rows = Map.of(
                "0001_library", new HistoryRow("0001_library", "c1", null, Instant.EPOCH, 1, true, 7, null),
                "0002_book", new HistoryRow("0002_book", "c2", null, Instant.EPOCH, 1, false, 1, "failed"));
        Schema applied = SchemaReplay.ofApplied(migrations, rows);
        assertThat(applied.requireTable("book").column("edition")).isPresent();
        assertThat(applied.requireTable("book").column("pages")).isEmpty();
        assertThat(SchemaReplay.ofApplied(migrations, Map.of())).isEqualTo(Schema.empty());
    }
}
