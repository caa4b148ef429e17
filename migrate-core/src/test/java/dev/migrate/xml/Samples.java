package dev.migrate.xml;

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
import dev.migrate.schema.Sequence;
import dev.migrate.schema.UniqueConstraint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Operations of every kind, and helpers shared by the XML tests. */
final class Samples {

    static final String NS = MigrationDocument.NAMESPACE;

    /** Built once for all tests, as the application does. */
    static final MigrationReader READER = new MigrationReader();

    private Samples() {
    }

    static MigrationDocument read(String xml, String sourceName) {
        return READER.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    /** Each case is one or more operations that make sense written together, by a descriptive name. */
    static Map<String, List<Operation>> everyKind() {
        Map<String, List<Operation>> cases = new LinkedHashMap<>();
        cases.put("createTable with composite key, defaults of each kind and identity", List.of(new CreateTable("book",
                List.of(new Column("id", ColumnType.of(DataType.BIGINT), false, null, true),
                        new Column("edition", ColumnType.of(DataType.INTEGER), false, DefaultValue.numeric("1"), false),
                        new Column("title", ColumnType.of(DataType.VARCHAR, 200), false, DefaultValue.string("Untitled"),
                                false),
                        new Column("price", ColumnType.decimal(10, 2), true, DefaultValue.numeric("-0.5"), false),
                        new Column("in_print", ColumnType.of(DataType.BOOLEAN), false, DefaultValue.bool(true), false),
                        new Column("created_at", new ColumnType(DataType.TIMESTAMP_TZ, 6, null), false,
                                DefaultValue.computed("current_timestamp"), false),
                        Column.of("notes", ColumnType.of(DataType.CLOB), true)),
                List.of("id", "edition"))));
        cases.put("createTable of every type without key", List.of(new CreateTable("every_type",
                java.util.Arrays.stream(DataType.values()).map(Samples::columnOf).toList(), List.of())));
        cases.put("dropTable", List.of(new DropTable("book")));
        cases.put("renameTable", List.of(new RenameTable("book", "volume")));
        cases.put("addColumn, one", List.of(new AddColumn("book",
                new Column("published", ColumnType.of(DataType.DATE), false, DefaultValue.computed("current_date"),
                        false))));
        cases.put("addColumn, several on one table then another", List.of(
                new AddColumn("book", Column.of("a", ColumnType.of(DataType.UUID), true)),
                new AddColumn("book", new Column("b", ColumnType.of(DataType.TIME, 3), true, DefaultValue.string(""),
                        false)),
                new AddColumn("author", new Column("c", ColumnType.of(DataType.BOOLEAN), false,
                        DefaultValue.bool(false), false))));
        cases.put("dropColumn", List.of(new DropColumn("book", "isbn")));
        cases.put("renameColumn", List.of(new RenameColumn("book", "title", "name")));
        cases.put("modifyDataType", List.of(new ModifyDataType("book", "title", ColumnType.of(DataType.VARCHAR, 500))));
        cases.put("addNotNullConstraint without value", List.of(new AddNotNullConstraint("book", "title", null)));
        cases.put("addNotNullConstraint with each kind of value", List.of(
                new AddNotNullConstraint("book", "title", DefaultValue.string("n/a")),
                new AddNotNullConstraint("book", "edition", DefaultValue.numeric("1")),
                new AddNotNullConstraint("book", "in_print", DefaultValue.bool(false)),
                new AddNotNullConstraint("book", "created_at", DefaultValue.computed("now()"))));
        cases.put("dropNotNullConstraint", List.of(new DropNotNullConstraint("book", "title")));
        cases.put("addDefaultValue of each kind", List.of(
                new AddDefaultValue("book", "title", DefaultValue.string("It's \"quoted\" & <odd>\n\ttoo")),
                new AddDefaultValue("book", "price", DefaultValue.numeric("1.5e3")),
                new AddDefaultValue("book", "in_print", DefaultValue.bool(true)),
                new AddDefaultValue("book", "created_at", DefaultValue.computed("current_timestamp"))));
        cases.put("dropDefaultValue", List.of(new DropDefaultValue("book", "title")));
        cases.put("createIndex, descending and unique", List.of(
                new CreateIndex("book", new Index("idx_book_title", false, List.of(IndexColumn.asc("title")))),
                new CreateIndex("book", new Index("ux_book_edition", true,
                        List.of(IndexColumn.asc("title"), new IndexColumn("edition", true))))));
        cases.put("dropIndex", List.of(new DropIndex("book", "idx_book_title")));
        cases.put("addUniqueConstraint, composite", List.of(new AddUniqueConstraint("book",
                new UniqueConstraint("uk_book_title_edition", List.of("title", "edition")))));
        cases.put("dropUniqueConstraint", List.of(new DropUniqueConstraint("book", "uk_book_title_edition")));
        cases.put("addCheckConstraint, plain and with characters XML escapes", List.of(
                new AddCheckConstraint("book", new CheckConstraint("ck_book_price", "price >= 0")),
                new AddCheckConstraint("book", new CheckConstraint("ck_book_title",
                        "title <> '' and (edition < 10 or title like '%&%')"))));
        cases.put("dropCheckConstraint", List.of(new DropCheckConstraint("book", "ck_book_price")));
        List<Operation> keys = new ArrayList<>();
        keys.add(new AddForeignKeyConstraint("book",
                new ForeignKey("fk_book_author", List.of("author_id"), "author", List.of("id"), null)));
        for (ReferentialAction action : ReferentialAction.values()) {
            keys.add(new AddForeignKeyConstraint("book", new ForeignKey("fk_" + action.name().toLowerCase(),
                    List.of("a", "b"), "other", List.of("x", "y"), action)));
        }
        cases.put("addForeignKeyConstraint, composite, every on-delete action", keys);
        cases.put("dropForeignKeyConstraint", List.of(new DropForeignKeyConstraint("book", "fk_book_author")));
        cases.put("createSequence", List.of(new CreateSequence(new Sequence("book_seq", 1, 50)),
                new CreateSequence(new Sequence("countdown", -1, -2))));
        cases.put("dropSequence", List.of(new DropSequence("book_seq")));
        cases.put("sql without rollback", List.of(new SqlOperation(List.of("update book set title = 'x' where id < 3"),
                null)));
        cases.put("sql with rollback, several statements", List.of(new SqlOperation(
                List.of("insert into book (id, title) values (1, 'A & B')", "update book\n   set title = '<b>'"),
                List.of("delete from book where id = 1", "select ']]>'"))));
        cases.put("sql on some databases only", List.of(new SqlOperation(List.of("update book set title = upper(title)"),
                List.of("select 1"), List.of("postgresql", "mariadb"))));
        cases.put("java, with and without a version", List.of(new JavaOperation("com.example.migrations.FillIsbn", null),
                new JavaOperation("com.example.migrations.Outer$Inner", "2")));
        return cases;
    }

    private static Column columnOf(DataType type) {
        ColumnType columnType = switch (type.size()) {
            case NONE -> ColumnType.of(type);
            case LENGTH -> ColumnType.of(type, 42);
            case PRECISION_SCALE -> ColumnType.decimal(19, 4);
            case OPTIONAL_PRECISION -> ColumnType.of(type, 6);
            case VALUES -> ColumnType.enumOf(List.of("DRAFT", "it's", "back\\slash"), 20);
            case DEFINITION -> ColumnType.nativeType("jsonb");
        };
        return Column.of("c_" + type.name().toLowerCase(), columnType, true);
    }

    static MigrationDocument everything() {
        List<Operation> all = new ArrayList<>();
        everyKind().values().forEach(all::addAll);
        return new MigrationDocument(List.of("0001_initial", "0002_more"), all);
    }
}
