package dev.migrate.dialect;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.AddColumn;
import dev.migrate.operation.AddDefaultValue;
import dev.migrate.operation.AddForeignKeyConstraint;
import dev.migrate.operation.AddNotNullConstraint;
import dev.migrate.operation.AddUniqueConstraint;
import dev.migrate.operation.CreateIndex;
import dev.migrate.operation.CreateSequence;
import dev.migrate.operation.CreateTable;
import dev.migrate.operation.DropColumn;
import dev.migrate.operation.DropDefaultValue;
import dev.migrate.operation.DropForeignKeyConstraint;
import dev.migrate.operation.DropIndex;
import dev.migrate.operation.DropNotNullConstraint;
import dev.migrate.operation.DropSequence;
import dev.migrate.operation.DropTable;
import dev.migrate.operation.DropUniqueConstraint;
import dev.migrate.operation.ModifyDataType;
import dev.migrate.operation.Operation;
import dev.migrate.operation.RenameColumn;
import dev.migrate.operation.RenameTable;
import dev.migrate.operation.SqlOperation;
import dev.migrate.operation.JavaOperation;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.DataType;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexColumn;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** A small library schema and a script that uses every operation once, shared by the dialect tests. */
final class Fixtures {

    static final CreateTable CREATE_AUTHOR = new CreateTable("author", List.of(
            new Column("id", ColumnType.of(DataType.BIGINT), false, null, true),
            Column.of("name", ColumnType.of(DataType.VARCHAR, 100), false),
            new Column("country", ColumnType.of(DataType.CHAR, 2), true, DefaultValue.string("fr"), false),
            new Column("active", ColumnType.of(DataType.BOOLEAN), false, DefaultValue.bool(true), false)),
            List.of("id"));

    static final CreateTable CREATE_BOOK = new CreateTable("book", List.of(
            Column.of("id", ColumnType.of(DataType.BIGINT), false),
            Column.of("title", ColumnType.of(DataType.VARCHAR, 200), true),
            Column.of("author_id", ColumnType.of(DataType.BIGINT), true),
            Column.of("price", ColumnType.decimal(10, 2), true)),
            List.of("id"));

    private Fixtures() {
    }

    /** Two tables, with an index, a unique constraint, a foreign key and a sequence. */
    static Schema library() {
        Schema schema = Schema.empty();
        for (Operation operation : List.of(CREATE_AUTHOR, CREATE_BOOK,
                new CreateIndex("book", new Index("ix_book_title", false, List.of(IndexColumn.asc("title")))),
                new AddUniqueConstraint("author", new UniqueConstraint("uk_author_name", List.of("name"))),
                new AddForeignKeyConstraint("book", new ForeignKey("fk_book_author", List.of("author_id"), "author",
                        List.of("id"), ReferentialAction.NO_ACTION)),
                new CreateSequence(new Sequence("book_seq", 1, 50)))) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }

    /**
     * Every kind of operation at least once, in an order that applies cleanly from an empty schema and
     * ends with an empty schema.
     */
    static List<Operation> everyOperation() {
        return List.of(
                new CreateSequence(new Sequence("book_seq", 1, 50)),
                CREATE_AUTHOR,
                CREATE_BOOK,
                new SqlOperation(List.of("insert into author (name) values ('Zola')",
                        "insert into book (id, title) values (1, null)"), List.of("delete from book", "delete from author")),
                new JavaOperation("com.example.migrations.FillIsbn", null),
                new AddColumn("book", Column.of("isbn", ColumnType.of(DataType.CHAR, 13), true)),
                new RenameColumn("book", "title", "name"),
                new ModifyDataType("book", "name", ColumnType.of(DataType.VARCHAR, 300)),
                new ModifyDataType("book", "price", ColumnType.decimal(12, 2)),
                new AddDefaultValue("book", "name", DefaultValue.string("it's untitled")),
                new AddNotNullConstraint("book", "name", DefaultValue.string("it's untitled")),
                new DropNotNullConstraint("book", "name"),
                new DropDefaultValue("book", "name"),
                new AddNotNullConstraint("author", "country", null),
                new CreateIndex("book", new Index("ix_book_name", false,
                        List.of(IndexColumn.asc("name"), new IndexColumn("price", true)))),
                new CreateIndex("author", new Index("ux_author_name", true, List.of(IndexColumn.asc("name")))),
                new AddUniqueConstraint("book", new UniqueConstraint("uk_book_isbn", List.of("isbn"))),
                new AddForeignKeyConstraint("book", new ForeignKey("fk_book_author", List.of("author_id"), "author",
                        List.of("id"), ReferentialAction.CASCADE)),
                new DropForeignKeyConstraint("book", "fk_book_author"),
                new DropUniqueConstraint("book", "uk_book_isbn"),
                new AddCheckConstraint("book", new CheckConstraint("ck_book_price", "price >= 0")),
                new DropCheckConstraint("book", "ck_book_price"),
                new DropIndex("author", "ux_author_name"),
                new DropIndex("book", "ix_book_name"),
                new DropColumn("book", "isbn"),
                new RenameTable("book", "volume"),
                new DropTable("volume"),
                new DropTable("author"),
                new DropSequence("book_seq"));
    }

    /** A table with one column of every logical type, at sizes each database accepts. */
    static CreateTable everyType() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("id", ColumnType.of(DataType.BIGINT), false, null, true));
        for (ColumnType type : sampleTypes()) {
            String name = "c_" + type.type().name().toLowerCase() + (type.size() == null ? "" : "_" + type.size());
            columns.add(Column.of(name, type, true));
        }
        return new CreateTable("every_type", columns, List.of("id"));
    }

    static List<ColumnType> sampleTypes() {
        List<ColumnType> types = new ArrayList<>();
        for (DataType type : DataType.values()) {
            switch (type.size()) {
                case NONE -> types.add(ColumnType.of(type));
                case LENGTH -> {
                    types.add(ColumnType.of(type, 1));
                    types.add(ColumnType.of(type, 255));
                    if (type != DataType.CHAR) {
                        types.add(ColumnType.of(type, 20_000));
                        types.add(ColumnType.of(type, 100_000));
                    }
                }
                case PRECISION_SCALE -> {
                    types.add(ColumnType.decimal(10, 2));
                    types.add(ColumnType.decimal(38, 0));
                }
                case OPTIONAL_PRECISION -> {
                    types.add(ColumnType.of(type));
                    types.add(ColumnType.of(type, 0));
                    types.add(ColumnType.of(type, 3));
                    types.add(ColumnType.of(type, 6));
                }
            }
        }
        return types;
    }

    /** The sample types plus the lengths where a database switches to another type. */
    static List<ColumnType> typesAtTheLimits() {
        List<ColumnType> types = new ArrayList<>(sampleTypes());
        for (int length : List.of(16_383, 16_384, 65_535, 65_536, 1_048_576, 1_048_577, 10_485_760, 10_485_761,
                16_777_215, 16_777_216, Integer.MAX_VALUE)) {
            types.add(ColumnType.of(DataType.VARCHAR, length));
            types.add(ColumnType.of(DataType.VARBINARY, length));
        }
        types.add(ColumnType.of(DataType.CHAR, 10_000));
        types.add(ColumnType.decimal(38, 38));
        types.add(ColumnType.of(DataType.TIME, 9));
        types.add(ColumnType.of(DataType.TIMESTAMP, 9));
        types.add(ColumnType.of(DataType.TIMESTAMP_TZ, 9));
        return types;
    }
}
