package dev.migrate.testing;

import dev.migrate.operation.AddCheckConstraint;
import dev.migrate.operation.DropCheckConstraint;
import dev.migrate.schema.CheckConstraint;
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
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/** A small library schema and one change of every kind to apply to it, shared by unit and database tests. */
public final class OperationFixtures {

    private static final ColumnType BIGINT = ColumnType.of(DataType.BIGINT);
    private static final ColumnType GENRE = ColumnType.enumOf(List.of("NOVEL", "POETRY", "DRAMA"), 40);

    private OperationFixtures() {
    }

    /**
     * author(id identity, name) and book(id, title, isbn unique, author_id → author, price default 0.00,
     * genre an enum), a sequence.
     */
    public static List<Operation> library() {
        return List.of(
                new CreateTable("author", List.of(new Column("id", BIGINT, false, null, true),
                        Column.of("name", ColumnType.of(DataType.VARCHAR, 100), false)), List.of("id")),
                new CreateTable("book", List.of(Column.of("id", BIGINT, false),
                        Column.of("title", ColumnType.of(DataType.VARCHAR, 200), false),
                        Column.of("isbn", ColumnType.of(DataType.CHAR, 13), true),
                        Column.of("author_id", BIGINT, true),
                        new Column("price", ColumnType.decimal(10, 2), true, DefaultValue.numeric("0.00"), false),
                        Column.of("genre", GENRE, true)),
                        List.of("id")),
                new AddUniqueConstraint("book", new UniqueConstraint("uk_book_isbn", List.of("isbn"))),
                new CreateIndex("book", new Index("ix_book_title", false, List.of(IndexColumn.asc("title")))),
                new AddForeignKeyConstraint("book", new ForeignKey("fk_book_author", List.of("author_id"), "author",
                        List.of("id"), ReferentialAction.SET_NULL)),
                new AddCheckConstraint("author", new CheckConstraint("ck_author_name", "name <> ''")),
                new CreateSequence(new Sequence("book_seq", 1, 50)));
    }

    public static Schema librarySchema() {
        Schema schema = Schema.empty();
        for (Operation operation : library()) {
            schema = operation.applyTo(schema);
        }
        return schema;
    }

    /** One change of every kind that applies to {@link #library()}, by a short name. */
    public static Map<String, Operation> everyOperation() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("createTable", new CreateTable("reader", List.of(Column.of("id", BIGINT, false),
                Column.of("card", ColumnType.of(DataType.VARCHAR, 20), false)), List.of("id")));
        operations.put("createTable with every type", everyType());
        operations.put("createTable with a composite key", new CreateTable("loan", List.of(Column.of("book_id", BIGINT,
                false), Column.of("reader_id", BIGINT, false), Column.of("due", ColumnType.of(DataType.DATE), true)),
                List.of("book_id", "reader_id")));
        operations.put("dropTable", new DropTable("book"));
        operations.put("renameTable", new RenameTable("author", "writer"));
        operations.put("addColumn", new AddColumn("book", new Column("published", ColumnType.of(DataType.DATE), false,
                DefaultValue.computed("current_date"), false)));
        operations.put("addColumn boolean with default", new AddColumn("book", new Column("in_print",
                ColumnType.of(DataType.BOOLEAN), false, DefaultValue.bool(true), false)));
        operations.put("addColumn enum with default", new AddColumn("author", new Column("status",
                ColumnType.enumOf(List.of("ACTIVE", "RETIRED", "it's"), null), false, DefaultValue.string("ACTIVE"),
                false)));
        operations.put("modifyDataType enum: a value added", new ModifyDataType("book", "genre",
                ColumnType.enumOf(List.of("NOVEL", "POETRY", "DRAMA", "ESSAY"), 40)));
        operations.put("modifyDataType enum: longer", new ModifyDataType("book", "genre", ColumnType.enumOf(
                List.of("NOVEL", "POETRY", "DRAMA"), null)));
        operations.put("modifyDataType enum to varchar", new ModifyDataType("book", "genre",
                ColumnType.of(DataType.VARCHAR, 40)));
        operations.put("modifyDataType varchar to enum", new ModifyDataType("book", "title",
                ColumnType.enumOf(List.of("A", "B"), 200)));
        operations.put("renameColumn enum", new RenameColumn("book", "genre", "kind"));
        operations.put("renameTable with an enum column", new RenameTable("book", "volume"));
        operations.put("dropColumn", new DropColumn("book", "price"));
        operations.put("renameColumn", new RenameColumn("book", "title", "name"));
        operations.put("renameColumn referenced by a foreign key", new RenameColumn("author", "id", "author_key"));
        operations.put("modifyDataType", new ModifyDataType("book", "title", ColumnType.of(DataType.VARCHAR, 400)));
        operations.put("addNotNullConstraint", new AddNotNullConstraint("book", "isbn", DefaultValue.string("unknown")));
        operations.put("dropNotNullConstraint", new DropNotNullConstraint("book", "title"));
        operations.put("addDefaultValue string", new AddDefaultValue("book", "title", DefaultValue.string("It's new")));
        operations.put("addDefaultValue numeric", new AddDefaultValue("book", "price", DefaultValue.numeric("1.50")));
        operations.put("dropDefaultValue", new DropDefaultValue("book", "price"));
        operations.put("createIndex unique with a descending column", new CreateIndex("book", new Index(
                "ix_book_isbn_title", true, List.of(IndexColumn.asc("isbn"), new IndexColumn("title", true)))));
        operations.put("createIndex", new CreateIndex("book", new Index("ix_book_price", false,
                List.of(IndexColumn.asc("price")))));
        operations.put("dropIndex", new DropIndex("book", "ix_book_title"));
        operations.put("addUniqueConstraint", new AddUniqueConstraint("author", new UniqueConstraint("uk_author_name",
                List.of("name"))));
        operations.put("dropUniqueConstraint", new DropUniqueConstraint("book", "uk_book_isbn"));
        operations.put("addForeignKeyConstraint", new AddForeignKeyConstraint("author", new ForeignKey(
                "fk_author_book", List.of("id"), "book", List.of("id"), ReferentialAction.CASCADE)));
        operations.put("dropForeignKeyConstraint", new DropForeignKeyConstraint("book", "fk_book_author"));
        operations.put("addCheckConstraint", new AddCheckConstraint("book", new CheckConstraint("ck_book_price",
                "price >= 0 and price < 10000")));
        operations.put("dropCheckConstraint", new DropCheckConstraint("author", "ck_author_name"));
        operations.put("createIndex online", new CreateIndex("book", new Index("ix_book_price", false,
                List.of(IndexColumn.asc("price"))), true));
        operations.put("addUniqueConstraint online", new AddUniqueConstraint("author", new UniqueConstraint(
                "uk_author_name", List.of("name")), true));
        operations.put("addForeignKeyConstraint online", new AddForeignKeyConstraint("author", new ForeignKey(
                "fk_author_book", List.of("id"), "book", List.of("id"), ReferentialAction.CASCADE), true));
        operations.put("addCheckConstraint online", new AddCheckConstraint("book", new CheckConstraint(
                "ck_book_price", "price >= 0 and price < 10000"), true));
        operations.put("addNotNullConstraint online", new AddNotNullConstraint("book", "isbn",
                DefaultValue.string("unknown"), true));
        operations.put("createSequence", new CreateSequence(new Sequence("author_seq", 100, 1)));
        operations.put("dropSequence", new DropSequence("book_seq"));
        operations.put("sql", new SqlOperation(List.of("update book set price = 1"),
                List.of("update book set price = 0")));
        return operations;
    }

    /** A table with a column of every logical type. */
    public static CreateTable everyType() {
        return new CreateTable("every_type", List.of(
                new Column("id", BIGINT, false, null, true),
                Column.of("c_integer", ColumnType.of(DataType.INTEGER), true),
                Column.of("c_smallint", ColumnType.of(DataType.SMALLINT), true),
                Column.of("c_tinyint", ColumnType.of(DataType.TINYINT), true),
                new Column("c_boolean", ColumnType.of(DataType.BOOLEAN), false, DefaultValue.bool(false), false),
                Column.of("c_decimal", ColumnType.decimal(19, 4), true),
                Column.of("c_float", ColumnType.of(DataType.FLOAT), true),
                Column.of("c_double", ColumnType.of(DataType.DOUBLE), true),
                Column.of("c_char", ColumnType.of(DataType.CHAR, 1), true),
                new Column("c_varchar", ColumnType.of(DataType.VARCHAR, 255), false, DefaultValue.string("none"),
                        false),
                Column.of("c_clob", ColumnType.of(DataType.CLOB), true),
                Column.of("c_date", ColumnType.of(DataType.DATE), true),
                Column.of("c_time", ColumnType.of(DataType.TIME), true),
                new Column("c_timestamp", ColumnType.of(DataType.TIMESTAMP, 6), true,
                        DefaultValue.computed("current_timestamp"), false),
                Column.of("c_timestamp_tz", ColumnType.of(DataType.TIMESTAMP_TZ, 6), true),
                Column.of("c_uuid", ColumnType.of(DataType.UUID), true),
                Column.of("c_varbinary", ColumnType.of(DataType.VARBINARY, 255), true),
                Column.of("c_blob", ColumnType.of(DataType.BLOB), true),
                Column.of("c_text", ColumnType.of(DataType.TEXT), true),
                Column.of("c_json", ColumnType.of(DataType.JSON), true),
                new Column("c_enum", ColumnType.enumOf(List.of("B", "A", "back\\slash", "it's"), null), false,
                        DefaultValue.string("A"), false)), List.of("id"));
    }
}
